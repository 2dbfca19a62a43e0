using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The rules in conflict in a problem that keeps no rota: the problem is solved with every hard rule under its own
/// assumption literal (per rule, person and dates), CP-SAT's sufficient assumptions for infeasibility are trimmed
/// (<see cref="CoreTrimming"/>) and read back as sentences in French and English.
/// </summary>
internal static class ConflictCore
{
    /// <summary>
    /// The full linearisation in the explaining search: a floor that cannot be kept is a counting argument the LP sees at
    /// once and a search without it does not. One of the 3133's three managers on leave for a week (two left for fourteen
    /// shifts of at most 10 h, five days each): no core in 20 units without it, a core in 0.3 units (one week) and 4.5
    /// units (four weeks) with it. It finds the rotas of a part that keeps every rule slowly (none in 15 units for the
    /// 3133's managers over 4 weeks), hence the explainer's shortage first.
    /// </summary>
    private const string ExplainParameters = "linearization_level:2";

    /// <summary>The rules in conflict in <paramref name="part"/>, or null when it was not proven to keep no rota.</summary>
    public static List<Conflict>? Find(RotaProblem part, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(run);

        // Whoever is away on every date of the part cannot work in any rota of it, so the part keeps no rota exactly when
        // the others keep none with those absences: they are named without being modelled. Eighteen of the 3133's
        // twenty-one listeners on leave a week: the core took 5.4 units with them in the model, 0.7 without.
        var away = part.Staff.Where(s => s.Absences.Count > 0 && part.Dates.All(d => !s.IsAvailableOn(d)) && !part.Pinned.Any(p => p.StaffId == s.Id)).ToList();
        var present = part.Staff.Except(away).ToList();
        var named = present.Count > 0 ? away : [];
        var model = RotaModel.Build(named.Count > 0 ? part with { Staff = present, Pinned = RoleParts.PinsOf(present, part.Pinned) } : part, ModelMode.Explain);

        // Cores come from the sequential search: one worker.
        var (end, started) = (run.Spent + budget, run.Spent);
        var (status, solver) = run.Run(model.Model, "explain", budget, workers: 1, reportsRota: false, extraParameters: ExplainParameters);
        if (status != CpSolverStatus.Infeasible)
        {
            return null;
        }

        var found = solver.SufficientAssumptionsForInfeasibility().Select(model.Gates.KeyOf).OfType<GateKey>().ToList();
        var core = CoreTrimming.Trim(model, run, found, run.Spent - started, end, ExplainParameters);
        var absences = named.Select(s => new GateKey(RuleNames.Availability, s.Id, part.Start, part.End));

        // The floor first: the rule the others leave unkept.
        return [.. Ranges(core.Concat(absences))
            .OrderBy(k => k.StaffId is null ? 0 : 1).ThenBy(k => k.Rule, StringComparer.Ordinal).ThenBy(k => k.StaffId, StringComparer.Ordinal).ThenBy(k => k.From)
            .Select(k =>
            {
                var (fr, en) = RuleSentences.Describe(k, part.Staff.FirstOrDefault(s => s.Id == k.StaffId));
                return new Conflict(k.Rule, k.StaffId, k.From, k.To, fr, en);
            })];
    }

    /// <summary>
    /// The keys with each run of a rule's consecutive single days for one person (or for a floor) made one key over the
    /// run: "absent from 9 March to 15 March" where seven sentences said it a day at a time. Keys over several days (a
    /// week's contract, a rest across two days) stay as they are: two of them side by side are two rules, not one.
    /// </summary>
    private static IEnumerable<GateKey> Ranges(IEnumerable<GateKey> keys)
    {
        var distinct = keys.Distinct().ToList();
        foreach (var days in distinct.Where(k => k.From == k.To).GroupBy(k => (k.Rule, k.StaffId)))
        {
            GateKey? run = null;
            foreach (var day in days.OrderBy(k => k.From))
            {
                if (run is not null && day.From == run.To.PlusDays(1))
                {
                    run = run with { To = day.To };
                    continue;
                }

                if (run is not null)
                {
                    yield return run;
                }

                run = day;
            }

            yield return run!;
        }

        foreach (var key in distinct.Where(k => k.From != k.To))
        {
            yield return key;
        }
    }

}
