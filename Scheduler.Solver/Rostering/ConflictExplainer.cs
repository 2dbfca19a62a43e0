using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Explains a problem no rota was found for: solves it again with every hard rule under its own assumption literal (per
/// rule, person and dates) and maps CP-SAT's sufficient assumptions for infeasibility back to sentences. The managers and
/// the listeners are explained apart (<see cref="RoleParts.ForHardRules"/>): a conflict is then found in a model of the
/// role it concerns, and a part is named only when it alone keeps no rota. When a floor rule is in the conflict, its
/// part is solved with the floor relaxed to measure the missing listener- or manager-hours per date.
/// </summary>
internal static class ConflictExplainer
{
    /// <summary>
    /// Share of the explanation's budget for measuring the shortage, spread over the parts. Its first rotas come within
    /// seconds, and CP-SAT cannot prove the least shortage (its LP bound is 0 on these models), so it spends all it is
    /// given: on the 3133's managers over 4 weeks with one of them on leave a week, the 8 hours short were found in 2 s of
    /// 55. A part that keeps its floor is proven so at once (a rota with nothing short reaches that bound of 0).
    /// </summary>
    private const double ShortageShare = 0.25;

    /// <summary>
    /// The full linearisation in the explaining search: a floor that cannot be kept is a counting argument the LP sees at
    /// once and a search without it does not. One of the 3133's three managers on leave for a week (two left for fourteen
    /// shifts of at most 10 h, five days each): no core in 20 units without it, a core in 0.3 units (one week) and 4.5
    /// units (four weeks) with it. It finds the rotas of a part that keeps every rule slowly (none in 15 units for the
    /// 3133's managers over 4 weeks), hence the shortage first.
    /// </summary>
    private const string ExplainParameters = "linearization_level:2";

    /// <summary>
    /// With one worker the shortage search takes turns between an LP-guided search, which proves the small cases, and one
    /// without the LP plus CP-SAT's neighbourhoods, which find the good rotas of the large ones (the one search without
    /// LP left 19.5 hours short where 8 were enough).
    /// </summary>
    private const string OneWorkerShortageParameters = "interleave_search:true subsolvers:\"default_lp\" subsolvers:\"no_lp\"";

    /// <summary>What the explanation found; <see cref="Proven"/> is false when no part was proven to keep no rota in the time.</summary>
    public sealed record Report(IReadOnlyList<Conflict> Conflicts, IReadOnlyList<DailyShortage> Shortages, bool Proven);

    /// <summary>
    /// The answer of a search that ended without a rota: Infeasible with the explanation when the search proved it or the
    /// explanation does, else Unknown. A search that ran out of time may still be answered: a floor one role cannot keep
    /// is quick to prove in that role's model alone. One of the 3133's managers on leave a week of four: Unknown after
    /// 27 s before, Infeasible naming the managers' leave, days off and floor, 8 hours short, after 30 s.
    /// </summary>
    public static RotaSolution Answer(RotaProblem problem, SolverOptions options, CpSatRun run, bool provenBySearch)
    {
        var report = run.IsCancelled ? null : Explain(problem, run, options.ExplainTimeLimit.TotalSeconds);
        return report is not null && (provenBySearch || report.Proven)
            ? new RotaSolution(SolveStatus.Infeasible, null, new Dictionary<string, long>(), null, null, run.Elapsed, null, [], report.Conflicts, report.Shortages)
            : new RotaSolution(SolveStatus.Unknown, null, new Dictionary<string, long>(), null, null, run.Elapsed, null, [], [], []);
    }

    /// <param name="budget">Wall seconds, or deterministic units in deterministic mode, for the whole explanation.</param>
    public static Report Explain(RotaProblem problem, CpSatRun run, double budget)
    {
        var end = run.Spent + budget;
        var parts = RoleParts.ForHardRules(problem).Where(RotaSolver.FitsWhole).ToList();
        var shortageBudget = budget * ShortageShare / Math.Max(1, parts.Count);
        for (var i = 0; i < parts.Count && !run.IsCancelled && end - run.Spent > 0; i++)
        {
            // The floors relaxed first: a part with nothing short keeps every rule and needs no explaining, and one whose
            // relaxation finds no rota in its share is too large to explain in the time.
            var (status, shortages) = Shortage(parts[i], run, Math.Min(shortageBudget, end - run.Spent));
            if (status == CpSolverStatus.Unknown || status == CpSolverStatus.Optimal && shortages.Count == 0)
            {
                continue;
            }

            var later = parts.Count - 1 - i;
            if (Core(parts[i], run, end - run.Spent - (later * shortageBudget)) is { } core)
            {
                // One part that keeps no rota is enough: the other part's search would only delay the answer.
                var floor = core.Any(c => c.Rule is RuleNames.ListenerCover or RuleNames.ManagerCover);
                return new Report(core.Count > 0 ? core : [Unexplained(problem)], floor ? shortages : [], Proven: true);
            }
        }

        return new Report([Unexplained(problem)], [], Proven: false);
    }

    /// <summary>The rules in conflict in <paramref name="part"/>, or null when it was not proven to keep no rota.</summary>
    private static List<Conflict>? Core(RotaProblem part, CpSatRun run, double budget)
    {
        var model = RotaModel.Build(part, ModelMode.Explain);

        // Cores come from the sequential search: one worker.
        var (status, solver) = run.Run(model.Model, "explain", budget, workers: 1, reportsRota: false, extraParameters: ExplainParameters);
        if (status != CpSolverStatus.Infeasible)
        {
            return null;
        }

        return [.. solver.SufficientAssumptionsForInfeasibility()
            .Select(model.Gates.KeyOf)
            .OfType<GateKey>()
            .Distinct()
            .OrderBy(k => k.Rule, StringComparer.Ordinal).ThenBy(k => k.StaffId, StringComparer.Ordinal).ThenBy(k => k.From)
            .Select(k =>
            {
                var (fr, en) = RuleSentences.Describe(k, part.Staff.FirstOrDefault(s => s.Id == k.StaffId));
                return new Conflict(k.Rule, k.StaffId, k.From, k.To, fr, en);
            })];
    }

    /// <summary>
    /// The part with its floors relaxed, the missing slots minimised: the search's status (Optimal with nothing short: the
    /// part keeps every rule) and the missing hours per floor and date of the best rota found.
    /// </summary>
    private static (CpSolverStatus Status, List<DailyShortage> Shortages) Shortage(RotaProblem part, CpSatRun run, double budget)
    {
        var model = RotaModel.Build(part, ModelMode.Shortage);
        var (status, solver) = run.Run(model.Model, "shortage", Math.Max(0.1, budget), reportsRota: false,
            extraParameters: run.Workers == 1 ? OneWorkerShortageParameters : string.Empty);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (status, []);
        }

        var hoursPerSlot = part.Rules.SlotLength.TotalHours;
        return (status, [.. model.Shortages
            .Select(s => new DailyShortage(s.Rule, s.Date, solver.Value(s.MissingSlots) * hoursPerSlot))
            .Where(s => s.MissingHours > 0)]);
    }

    private static Conflict Unexplained(RotaProblem problem) => new(
        "unexplained",
        null,
        problem.Start,
        problem.End,
        "Aucun planning ne respecte toutes les règles, mais le conflit n'a pas pu être isolé dans le temps imparti.",
        "No rota keeps every rule, but the conflict could not be isolated within the time limit.");
}
