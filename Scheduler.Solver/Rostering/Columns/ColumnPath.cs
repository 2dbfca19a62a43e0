using Google.OrTools.Sat;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// A horizon of several weeks planned from column generation (<see cref="ColumnSearch"/>): its rota, evaluated exactly,
/// then improved by CP-SAT over the whole horizon when that model is small enough; its bound is the column bound. The
/// managers and the listeners are evaluated and improved apart when the problem splits (<see cref="RoleParts"/>): the
/// managers from the days of their relaxation (<see cref="DayRelaxation"/>), whose value replaces their share of the
/// column bound. On the 3133 over 4 weeks (30 s, quiet machine) the gap went from 24–28 % to 10–12 % with the parts.
/// </summary>
internal static class ColumnPath
{
    /// <summary>
    /// Share of the budget for the columns when the whole horizon can be improved afterwards (what they leave unused goes to
    /// the improvement); all but the evaluation otherwise. At 0.5 SCIP's choice on the 3133 had 4.6 s, just past the 4 s it
    /// needs: with the disk cache dropped it had 4.1 s and the 4 weeks ended at 3 027–3 692 (2 224 warm); two weeks ended
    /// anywhere in 1 156–1 361; and the seed's 2.4 s found no rota under three CPU hogs (first rota at 19–21 s). At 0.6 SCIP
    /// has 8 s: 2 224–2 227 cold or warm, two weeks 1 261–1 264, the first rota at 2.4 s under the hogs; the improvement after
    /// the columns, which found nothing on the 3133 over 4 weeks in its 12 s, still has 10 s.
    /// </summary>
    private const double ColumnShare = 0.6;

    /// <summary>
    /// What the columns need on the 3133 by the clock for SCIP's choice to have its 6 s (<see cref="ColumnShare"/> of 30 s),
    /// and the share of a shorter budget they may take for it. At 20 s the 3133 over 4 weeks ended at 3 571–3 602 (12
    /// half-hours short) with their 60 % (12 s); with 70 % SCIP had 3.5–5 s, as the generation took more or less of it, and
    /// it ended at 2 213–3 633; with 80 % SCIP had 6 s and it ended at 2 233–2 668, none short (the improvement after the
    /// columns then has 4 s, too little for its trades at times). By the clock only: in deterministic units SCIP stops by nodes, and the
    /// larger share only changed which columns it chose from (2 units: 8 512 against 3 592).
    /// </summary>
    private const double ColumnLeastSeconds = 18;

    /// <summary>The share of a budget under 30 s the columns may take by the clock (see <see cref="ColumnLeastSeconds"/>).</summary>
    private const double ShortColumnShare = 0.8;

    private const double LargeColumnShare = 0.85;

    /// <summary>
    /// Budgets by the clock under which the first rota's cost is not reported: evaluating it took 0.7 s of a 3 s solve of the
    /// 3133 over 4 weeks (the listeners' completion), when the generation and the steps after it had 2.1 s left.
    /// </summary>
    private const double FirstReportLeastSeconds = 10;

    /// <summary>
    /// What a large platform's columns leave of their share when there are pins, for repairing the weeks that break them
    /// (see <see cref="LaidRotaRepair.WeekByWeek"/>): 200 people over 4 weeks with 2 pins had no rota at 60 s with the full share.
    /// </summary>
    private const double PinnedLargeShareCut = 0.25;

    /// <summary>
    /// Seconds for the managers' day relaxation; it stops as soon as it is proven, mostly within a second on the 3133 over 4
    /// weeks (0.1 s before the second start time was priced). Unproven, its CP-SAT bound counts (88 against 108): with 4 s
    /// in one search one bench run in six; with a restart halfway (see DayRelaxation), 2 of 30 seeds at 4 s, none at 6 s.
    /// </summary>
    private const double DayRelaxationBudget = 6;

    /// <summary>
    /// What the day relaxation leaves of a short budget by the clock for evaluating the laid rota (0.7 s on the 3133 over 4
    /// weeks), and the least it takes when the columns used the whole budget. Proving is heavy-tailed: with its full 6 s
    /// after the columns of a 10 s solve it once took 4.7 s, and the solve ended at 14.6 s (now 10.4–10.7 s; 15 s and 20 s
    /// solves end on time). Deterministic budgets keep the full 6 units: their runs overrun anyway, and the same units give
    /// the same rota as before (the demo history's).
    /// </summary>
    private const double EvaluationReserve = 1;

    private const double DayRelaxationLeast = 0.5;

    private static double DaysBudget(CpSatRun run) =>
        run.IsDeterministic ? DayRelaxationBudget : Math.Clamp(run.Remaining - EvaluationReserve, DayRelaxationLeast, DayRelaxationBudget);

    /// <summary>
    /// Share of the time left for repairing a laid rota that breaks a rule (see <see cref="LaidRotaRepair"/>), shared by the broken
    /// parts. With pins the repair does what the improvement after it would (the listeners' whole-horizon search then found
    /// nothing better in 3–6 s); at 0.3 a pinned 3133 over 4 weeks ended 100–300 higher.
    /// </summary>
    private const double RepairShare = 0.6;

    /// <summary>Share of a large part's repair for its team (<see cref="LaidRotaRepair.Team"/>); its weeks get the rest.</summary>
    private const double TeamRepairShare = 0.6;

    /// <summary>
    /// SCIP's choices of patterns laid and evaluated at most (see <see cref="ColumnSearch.Solve"/>), when every part is
    /// evaluated on its whole model (a fraction of a second on the 3133; week by week, seconds on large platforms).
    /// </summary>
    private const int MostChoices = 3;

    /// <summary>
    /// Evaluating a large platform's rota week by week takes about 40 ms per person on 2 cores (500 people: 20 s), so the
    /// columns leave that much of the budget (at least 30 % of it for them).
    /// </summary>
    private static double LargeShare(int people, double total) =>
        Math.Clamp(1 - ((1 + (0.05 * people)) / Math.Max(1, total)), 0.3, LargeColumnShare);

    /// <summary>The rota, or null when no legal rota came from the columns in time (the bound may still hold: see <see cref="WithBound"/>).</summary>
    /// <remarks>
    /// Pins are left out of the columns (a pinned person is one of a class; their week would be a pattern of its own), so
    /// their bound holds with the pins too (a pin only constrains). The layout fits the pins (<see cref="PatternFit"/>), the
    /// laid rota is repaired where it still breaks one (<see cref="LaidRotaRepair"/>), and CP-SAT improves each part with its pins.
    /// </remarks>
    public static (RotaSolution? Solution, double? Bound) Solve(RotaProblem problem, CpSatRun run, CancellationToken cancellationToken)
    {
        // The managers' and the listeners' parts apart when the problem splits (their objectives and rules add up), each on
        // its whole horizon's model when that is small enough (CP-SAT improves it afterwards), else evaluated week by week.
        var parts = RoleParts.Split(problem) ?? [problem];
        var fits = parts.Select(RotaSolver.FitsWhole).ToList();
        var total = run.Remaining;
        var weekByWeek = parts.Where((_, i) => !fits[i]).Sum(p => p.Staff.Count);
        var built = new RotaModel?[parts.Count];
        RotaModel? Model(int i) => fits[i] ? built[i] ??= RotaModel.Build(parts[i]) : null;
        SolutionSnapshot? EvaluatePart(int i, IReadOnlyList<Assignment>? rota) =>
            rota is null ? null
            : Model(i) is { } model ? RotaCompletion.Complete(model, rota, run, 10)
            : WeekRotas.Evaluate(parts[i], rota, run);

        // With plans, a part whose laid rota breaks a rule (a pin, a history the patterns did not know) is repaired on its
        // own, from its day plan when it has one: a manager's pin left no legal rota in the whole platform's first
        // neighbourhood, and the wider search from scratch then cost the listeners 400 (see LaidRotaRepair).
        SolutionSnapshot[]? Evaluate(IReadOnlyList<Assignment>? rota, IReadOnlyList<DayRelaxation.Plan?>? plans = null)
        {
            if (rota is null)
            {
                return null;
            }

            var snapshots = parts.Select((part, i) => EvaluatePart(i, RoleParts.Of(part, rota))).ToArray();
            // A day plan has a part's even share; a repair a share as large as its part's staff (25 managers of 200 people
            // took 6 s of an even share, and the listeners' repair had none left).
            var broken = Enumerable.Range(0, parts.Count).Where(i => snapshots[i] is null).ToList();
            for (var k = 0; plans is not null && k < broken.Count; k++)
            {
                var i = broken[k];
                var even = run.Remaining * RepairShare / (broken.Count - k);
                var budget = run.Remaining * RepairShare * parts[i].Staff.Count / broken.Skip(k).Sum(j => parts[j].Staff.Count);
                var laid = RoleParts.Of(parts[i], rota);
                snapshots[i] = (plans[i] is { } plan ? PartImprovement.FromDays(parts[i], plan, run, even * PartImprovement.SmallPartShare) : null)
                    ?? (fits[i] ? EvaluatePart(i, LaidRotaRepair.Whole(parts[i], laid, run, budget)) : RepairLarge(i, laid, budget));
            }

            return snapshots.All(x => x is not null) ? [.. snapshots.Select(x => x!)] : null;
        }

        // Too large for the whole horizon's model: a team of the broken part's people first, their weeks on the part's model if
        // not. The team's rota keeps the full-timers' horizon total (the validator checked it) but not each week's exact
        // target, so its weeks are priced with the weekly band (as LocalRepair prices a re-plan's).
        SolutionSnapshot? RepairLarge(int i, IReadOnlyList<Assignment> laid, double budget)
        {
            var end = run.Remaining - budget;
            return LaidRotaRepair.Team(parts[i], laid, run, budget * TeamRepairShare) is { } team && WeekRotas.Evaluate(parts[i], team, run, exactTargets: false) is { } repaired
                ? repaired
                : EvaluatePart(i, LaidRotaRepair.WeekByWeek(parts[i], laid, run, run.Remaining - end));
        }

        // The first rota's cost is reported as soon as it is known (its models are needed later anyway), not with the
        // columns' rota about 14 s later on the 3133; week by week its evaluation would take seconds. With pins it is not
        // legal: it knows none. A short budget only builds the models here, so that the generation's share is measured
        // after them (see ColumnSearch.GenerationBudget).
        void ReportFirst(IReadOnlyList<Assignment> rota)
        {
            if (!run.IsDeterministic && total < FirstReportLeastSeconds)
            {
                for (var i = 0; i < parts.Count; i++)
                {
                    _ = Model(i);
                }
            }
            else if (problem.Pinned.Count == 0 && Evaluate(rota) is { } first)
            {
                run.Report("first rota", first.Sum(x => x.Objective), 0);
            }
        }

        var unpinned = problem with { Pinned = [] };
        var columns = run.IsDeterministic ? total * ColumnShare : Math.Max(total * ColumnShare, Math.Min(total * ShortColumnShare, ColumnLeastSeconds));
        var result = weekByWeek == 0
            ? ColumnSearch.Solve(unpinned, run, columns, MostChoices, firstRota: ReportFirst, pins: problem.Pinned, after: run.IsDeterministic ? 0 : DayRelaxationLeast + EvaluationReserve)
            : ColumnSearch.Solve(unpinned, run, total * (LargeShare(weekByWeek, total) - (problem.Pinned.Count > 0 ? PinnedLargeShareCut : 0)), pins: problem.Pinned);
        if (cancellationToken.IsCancellationRequested)
        {
            return (null, null);
        }

        var models = parts.Select((_, i) => Model(i)).ToList();

        // The managers' day relaxation bounds their part where the columns saw only start times; it also plans their days.
        var plans = parts.Select(part => DayRelaxation.Applies(part) ? DayRelaxation.Solve(part, run, DaysBudget(run)) : null).ToList();
        var partBounds = plans.Select(plan => plan?.Bound ?? 0).ToArray();
        var best = Evaluate(result.Rota, plans);
        foreach (var other in result.Others)
        {
            // The parts add up, so each keeps its best rota of the choices.
            if (Evaluate(other) is not { } laid)
            {
                continue;
            }

            best ??= laid;
            for (var i = 0; i < best.Length; i++)
            {
                best[i] = laid[i].Objective < best[i].Objective ? laid[i] : best[i];
            }
        }

        if (best is null && Evaluate(result.First) is { } first)
        {
            best = first;
        }

        if (best is null)
        {
            return (null, result.Bound);
        }

        run.KnownBound = result.Bound ?? 0;
        run.Report("columns", best.Sum(b => b.Objective), result.Bound ?? 0);
        run.KnownBound = Math.Max(run.KnownBound, Bound(parts, result, plans, partBounds).Value ?? 0);
        var status = run.Remaining > 0.5 ? PartImprovement.Improve(parts, models, plans, best, partBounds, run) : CpSolverStatus.Feasible;
        var combined = Combine(best);
        var (bound, source) = Bound(parts, result, plans, partBounds);
        var solution = RotaSolver.Solved(status, combined, bound is { } b ? Math.Min(b, combined.Objective) : null, run);
        solution = solution with
        {
            Status = status == CpSolverStatus.Optimal || (bound ?? 0) >= combined.Objective ? SolveStatus.Optimal : SolveStatus.Feasible,
            BoundSource = bound is null ? solution.BoundSource : source,
        };
        return (solution, result.Bound);
    }

    /// <summary>The strongest bound at hand and where it comes from: the columns', CP-SAT's or the parts' added up.</summary>
    private static (double? Value, string Source) Bound(IReadOnlyList<RotaProblem> parts, ColumnSearch.Result result, List<DayRelaxation.Plan?> plans, double[] partBounds)
    {
        var bound = result.Bound;
        var source = BoundSources.Columns;
        if (parts.Count == 1 && partBounds[0] > (bound ?? 0))
        {
            (bound, source) = (partBounds[0], plans[0] is { } plan && plan.Bound >= partBounds[0] ? BoundSources.ColumnsAndDays : BoundSources.CpSat);
        }
        else if (parts.Count > 1)
        {
            // The parts add up: the listeners' share of the column bound (or CP-SAT's on their model) plus the managers'.
            var managers = parts[0].Staff.All(s => s.Role == StaffRole.Manager) ? 0 : 1;
            var sum = Math.Max(result.ListenerBound ?? 0, partBounds[1 - managers]) + partBounds[managers];
            if (sum > (bound ?? 0))
            {
                (bound, source) = (sum, BoundSources.ColumnsAndDays);
            }
        }

        return (bound, source);
    }

    /// <summary>The parts' rotas as one: their objectives, terms and shifts add up.</summary>
    private static SolutionSnapshot Combine(SolutionSnapshot[] parts) =>
        parts.Length == 1 ? parts[0] : new SolutionSnapshot(
            [],
            parts.Sum(p => p.Objective),
            parts.SelectMany(p => p.Terms).GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(t => t.Value), StringComparer.Ordinal),
            [.. parts.SelectMany(p => p.Assignments)]);

    /// <summary>A rota found otherwise, with the column bound when that is stronger than its own (it bounds every rota of the problem).</summary>
    public static RotaSolution WithBound(RotaSolution solution, double? bound)
    {
        ArgumentNullException.ThrowIfNull(solution);
        if (bound is not { } b || solution.Objective is not { } objective || b <= (solution.BestBound ?? 0))
        {
            return solution;
        }

        var floor = Math.Min(b, objective);
        return solution with
        {
            Status = b >= objective ? SolveStatus.Optimal : solution.Status,
            BestBound = floor,
            Gap = RotaSolution.GapOf(objective, floor),
            BoundSource = BoundSources.Columns,
        };
    }
}
