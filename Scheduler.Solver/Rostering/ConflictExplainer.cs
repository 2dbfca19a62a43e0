using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Explains an infeasible problem: solves it again with every hard rule under its own assumption literal (per rule,
/// person and dates) and maps CP-SAT's sufficient assumptions for infeasibility back to sentences. When a floor rule is
/// in the conflict, a second solve with the floor relaxed measures the missing listener- or manager-hours per date.
/// </summary>
internal static class ConflictExplainer
{
    public static (IReadOnlyList<Conflict> Conflicts, IReadOnlyList<DailyShortage> Shortages) Explain(RotaProblem problem, CpSatRun run, double seconds)
    {
        var model = RotaModel.Build(problem, ModelMode.Explain);

        // Cores come from the sequential search: one worker.
        var (status, solver) = run.Run(model.Model, "explain", seconds, workers: 1, reportsRota: false);
        if (status != CpSolverStatus.Infeasible)
        {
            return ([Unexplained(problem)], []);
        }

        var conflicts = solver.SufficientAssumptionsForInfeasibility()
            .Select(model.Gates.KeyOf)
            .OfType<GateKey>()
            .Distinct()
            .OrderBy(k => k.Rule, StringComparer.Ordinal).ThenBy(k => k.StaffId, StringComparer.Ordinal).ThenBy(k => k.From)
            .Select(k =>
            {
                var (fr, en) = RuleSentences.Describe(k, problem.Staff.FirstOrDefault(s => s.Id == k.StaffId));
                return new Conflict(k.Rule, k.StaffId, k.From, k.To, fr, en);
            })
            .ToList();
        if (conflicts.Count == 0)
        {
            conflicts.Add(Unexplained(problem));
        }

        var floorInConflict = conflicts.Any(c => c.Rule is RuleNames.ListenerCover or RuleNames.ManagerCover);
        return (conflicts, floorInConflict ? Shortage(problem, run, seconds) : []);
    }

    private static List<DailyShortage> Shortage(RotaProblem problem, CpSatRun run, double seconds)
    {
        var model = RotaModel.Build(problem, ModelMode.Shortage);
        var (status, solver) = run.Run(model.Model, "shortage", seconds, reportsRota: false);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return [];
        }

        var hoursPerSlot = problem.Rules.SlotLength.TotalHours;
        return [.. model.Shortages
            .Select(s => new DailyShortage(s.Rule, s.Date, solver.Value(s.MissingSlots) * hoursPerSlot))
            .Where(s => s.MissingHours > 0)];
    }

    private static Conflict Unexplained(RotaProblem problem) => new(
        "unexplained",
        null,
        problem.Start,
        problem.End,
        "Aucun planning ne respecte toutes les règles, mais le conflit n'a pas pu être isolé dans le temps imparti.",
        "No rota keeps every rule, but the conflict could not be isolated within the time limit.");
}
