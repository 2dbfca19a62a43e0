using System.Diagnostics;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Plans a rota with CP-SAT. One week is solved whole; several weeks are solved week by week (see
/// <see cref="WeekByWeekSearch"/>), then improved over the whole horizon when its model is small enough.
/// An infeasible problem is explained by rule, person and dates, and a floor that staff cannot cover is measured.
/// </summary>
public static class RotaSolver
{
    /// <summary>Above this many shift variables the whole-horizon model costs more memory and presolve time than it gives back.</summary>
    internal const long WholeHorizonMaxShiftVariables = 100_000;

    /// <summary>Above this many shift variables a re-plan's repair model (built whole, then mostly fixed) is not built.</summary>
    private const long RepairMaxShiftVariables = 300_000;

    /// <summary>
    /// Share of a large re-plan's budget for <see cref="LocalRepair"/>; what it leaves (all of it when it finds nothing) goes to
    /// the week-by-week search that plans the horizon afresh. At 0.6 the team's repair ran out of time with 2–3 half-hours
    /// short (100 and 200 people over 4 weeks, 60 s, one listener sick 3 days) and the solve ended at 33 s; at 0.85 none
    /// short, ending at 47–49 s. The search afresh is no real fallback at this size anyway (2.9 million, 9 263 short).
    /// </summary>
    private const double LocalRepairShare = 0.85;

    /// <summary>
    /// Share of the budget kept, after the search, for the lower bound (<see cref="Columns.ColumnBound"/> with the managers'
    /// day relaxation, or <see cref="Bounds.PooledBound"/>): the columns take 1–3 s on a 3133 week, the pooled LP a fraction
    /// of a second and CP-SAT on it a few seconds; weeks alike share one solve.
    /// </summary>
    internal const double BoundShare = 0.1;

    /// <summary>Share of the bound's time for the columns when the managers' day relaxation follows (it is proven within a second mostly).</summary>
    private const double ColumnBoundShare = 0.7;

    /// <summary>
    /// Seconds the bound needs for the columns to be worth trying: in the 1 s of a 10 s solve of a 3133 week they did not
    /// converge (278 against the pooled 351), and the pooled bound then ran past the limit; in 3 s they give 417.
    /// </summary>
    private const double ColumnBoundLeastBudget = 2;

    /// <summary>
    /// Share of the budget the columns get when someone carries more than a week's band into a rota of several weeks (see
    /// <see cref="Rules.ContractStretches.CarriesLargeBalance"/>). On the test service's three weeks closing a period (eleven full-timers owing a
    /// whole week) the laid rota's repair found nothing in 30 s, and the search from scratch had no time left: no rota at
    /// all; with this share it finds one at 30 s. Smaller balances keep the whole budget: on the 3133 with nine of them,
    /// 2 090–2 539 against 2 723–3 283 with this share, and one of 2 h found nothing in 15 s with it (1 916 without).
    /// </summary>
    private const double LargeBalanceColumnShare = 0.6;

    /// <summary>Budget of the pooled bound when the search used all of its time (seconds or deterministic units).</summary>
    private const double MinimumBoundBudget = 1;

    public static RotaSolution Solve(RotaProblem problem, SolverOptions? options = null, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= SolverOptions.Default;
        if (FloorCapacity.AnyWeekShort(problem))
        {
            // Too few people on hand for a floor, by counting alone: no search can find a rota, and its budget would only
            // delay the explanation.
            return ConflictExplainer.Answer(problem, options, new CpSatRun(options, Stopwatch.GetTimestamp(), progress, cancellationToken), provenBySearch: true);
        }

        if (UsesColumns(problem, options))
        {
            // A balance carried in makes the laid rota a repair's work (see ColumnSearch), which may find nothing when it is
            // large: the search from scratch then keeps the rest of the time.
            var large = Rules.ContractStretches.CarriesBalance(problem) && Rules.ContractStretches.CarriesLargeBalance(problem);
            var started = Stopwatch.GetTimestamp();
            var columnRun = new CpSatRun(large ? options.Share(LargeBalanceColumnShare) : options, started, progress, cancellationToken);
            var (planned, bound) = Columns.ColumnPath.Solve(problem, columnRun, cancellationToken);
            var searchRun = large ? new CpSatRun(options, started, progress, cancellationToken) : columnRun;
            return planned is null ? Columns.ColumnPath.WithBound(Search(problem, options, searchRun, cancellationToken), bound)
                // Periods that ask other than the weekly targets leave the columns without a bound of their own (see
                // ColumnSearch): the pooled one.
                : !Rules.ContractStretches.KeepsOwnTargets(problem) && planned.Status == SolveStatus.Feasible ? WithRelaxedBound(planned, problem, options, columnRun)
                : planned with { WallSeconds = columnRun.Elapsed };
        }

        if (!Bounds.PooledBound.Applies(problem))
        {
            return Search(problem, options, new CpSatRun(options, Stopwatch.GetTimestamp(), progress, cancellationToken), cancellationToken);
        }

        var search = options.Share(1 - BoundShare);
        var run = new CpSatRun(search, Stopwatch.GetTimestamp(), progress, cancellationToken);
        var solution = Search(problem, search, run, cancellationToken);
        return solution.Status == SolveStatus.Feasible && !cancellationToken.IsCancellationRequested
            ? WithRelaxedBound(solution, problem, options, run)
            : solution;
    }

    private static RotaSolution Search(RotaProblem problem, SolverOptions options, CpSatRun run, CancellationToken cancellationToken)
    {
        var wholeFits = ShiftVariables(problem) <= WholeHorizonMaxShiftVariables;
        if (Repairs(problem, options) && ReplanRepair.Solve(problem, run, run.Remaining) is { } repaired)
        {
            return Solved(CpSolverStatus.Feasible, repaired, null, run);
        }

        if (RepairsLocally(problem, options) && LocalRepair.Solve(problem, run, run.Remaining * LocalRepairShare) is { } local)
        {
            return Solved(CpSolverStatus.Feasible, local, null, run);
        }

        if (StrategyFor(problem, options) == SolveStrategy.WeekByWeek)
        {
            var (solution, weekInfeasible) = WeekByWeekSearch.Solve(problem, options, run, wholeFits);
            if (solution is not null)
            {
                return solution;
            }

            // No rota week by week: unless a week was proven infeasible, the whole horizon would not do better in less time.
            if (!weekInfeasible || cancellationToken.IsCancellationRequested)
            {
                return ConflictExplainer.Answer(problem, options, run, provenBySearch: false);
            }
        }

        var model = RotaModel.Build(problem);
        if (problem.Reference.Count > 0)
        {
            // A re-plan whose repair found nothing: the whole horizon from the published rota.
            SolutionReader.HintDecisions(model, ReplanStart.Of(problem));
        }
        else
        {
            Bounds.PooledGuide.Hint(model);
        }

        var (status, solver) = run.Run(model.Model, "whole horizon", Math.Max(0.1, run.Remaining), extraParameters: SearchFor(model, options));
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            return Solved(status, SolutionReader.Capture(solver, model), solver.BestObjectiveBound, run);
        }

        return ConflictExplainer.Answer(problem, options, run, provenBySearch: status == CpSolverStatus.Infeasible);
    }

    /// <summary>
    /// Raises the bound to a relaxation's when that is stronger (CP-SAT's is about 0 on these models), with the budget kept
    /// for it, plus the changes a re-plan cannot avoid; a bound that reaches the objective proves the rota optimal.
    /// </summary>
    internal static RotaSolution WithRelaxedBound(RotaSolution solution, RotaProblem problem, SolverOptions options, CpSatRun run)
    {
        var budget = Math.Max(MinimumBoundBudget, options.DeterministicTimeLimit is { } units ? units - run.DeterministicSpent : options.TimeLimit.TotalSeconds - run.Elapsed);
        if (solution.Objective is not { } objective || Relaxed(problem, solution.Assignments, options, run, budget) is not { } relaxed)
        {
            return solution with { WallSeconds = run.Elapsed };
        }

        // The published shifts no rota can keep are changes in every rota: the relaxations leave that term at 0.
        var bound = relaxed.Value + Rules.ChangesTerm.Least(problem, RotaGrid.Build(problem));
        if (bound <= (solution.BestBound ?? 0))
        {
            return solution with { WallSeconds = run.Elapsed };
        }

        return solution with
        {
            Status = bound >= objective ? SolveStatus.Optimal : SolveStatus.Feasible,
            BestBound = Math.Min(bound, objective),
            Gap = RotaSolution.GapOf(objective, Math.Min(bound, objective)),
            BoundSource = relaxed.Source,
            WallSeconds = run.Elapsed,
        };
    }

    /// <summary>
    /// Where the columns can bound the problem, the column bound, with the managers' part from their day relaxation when the
    /// problem splits by role (the change term and the pins left out: they only add and constrain), and the pooled one too
    /// when the generation had no time to converge; else (or below <see cref="ColumnBoundLeastBudget"/>) the pooled
    /// relaxation's; null when none proved one. In the 3 s of a 30 s solve: on a 3133 week 417 against the pooled 351;
    /// after a 3-day sickness, with the unavoidable changes, about 2 000 on the 3133 over 4 weeks against 1 320; without
    /// them 3 866 against 2 727 on 50 people.
    /// </summary>
    private static (double Value, string Source)? Relaxed(RotaProblem problem, IReadOnlyList<Assignment> rota, SolverOptions options, CpSatRun run, double budget)
    {
        var end = run.Remaining - budget;
        (double Value, string Source)? best = null;
        if (budget >= ColumnBoundLeastBudget && Columns.ColumnSearch.Applies(problem) && Rules.ContractStretches.KeepsOwnTargets(problem)
            && Columns.ColumnBound.Compute(problem, run, budget * ColumnBoundShare, rota) is { } columns)
        {
            best = (columns.Value, BoundSources.Columns);
            var managers = RoleParts.Split(problem with { Reference = [], Pinned = [] })?[0];
            if (managers is not null && Bounds.DayRelaxation.Applies(managers)
                && Bounds.DayRelaxation.Solve(managers, run, Math.Max(0.5, run.Remaining - end)) is { } plan
                && columns.ListenerValue + plan.Bound > columns.Value)
            {
                best = (columns.ListenerValue + plan.Bound, BoundSources.ColumnsAndDays);
            }

            if (columns.Converged)
            {
                return best;
            }
        }

        var pooled = Bounds.PooledBound.Compute(problem, options, run, Math.Max(MinimumBoundBudget, run.Remaining - end));
        return pooled is not null && pooled.Value > (best?.Value ?? double.NegativeInfinity) ? (pooled.Value, BoundSources.Pooled) : best;
    }

    /// <summary>
    /// Chosen automatically, with interchangeable people to pool and nothing the pooled patterns cannot see: no published
    /// rota to keep (pins are fitted afterwards: see <see cref="Columns.ColumnPath.Solve"/>). One week too: 200 people's
    /// week cost 3 402 against 35 013 from the search alone in 60 s, 50 people's 1 073 against 24 937. The 3133's own week
    /// stayed with the search by the clock and under 10 units while SCIP's choice needed seconds it did not always have
    /// (under three CPU hogs on the 2 cores, 2 787 against 1 169 at 30 s). Since the LP's rounding chooses when SCIP cannot
    /// (see <see cref="Columns.ColumnGeneration.Choose"/>), the columns plan it better at every budget: 812 against no rota
    /// in 2 units and 22 124 (75 half-hours short) in 3; 739 against 785–820 at 10–15 s; under the hogs 791 against 1 820
    /// at 15 s and 691 against 1 376 at 30 s; level at 30 s on a quiet machine (650–736 either way).
    /// </summary>
    private static bool UsesColumns(RotaProblem problem, SolverOptions options) =>
        options.Strategy == SolveStrategy.Auto && problem.Reference.Count == 0 && PinsPossible(problem) && Columns.ColumnSearch.Applies(problem);

    /// <summary>
    /// False when a pin cannot be worked on its own (its person unknown or away that date, or the pin outside the date's
    /// opening hours): the search explains such a conflict at once, where the columns would first spend their half of the
    /// time on a rota without the pins (a pin on a day of leave on the 3133 over 4 weeks: 24 s before the explanation).
    /// </summary>
    internal static bool PinsPossible(RotaProblem problem)
    {
        var staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var opening = problem.Opening.ToLookup(o => o.Date);
        return problem.Pinned.All(pin => staff.TryGetValue(pin.StaffId, out var person) && person.IsAvailableOn(pin.Date)
            && opening[pin.Date].Any(o => o.Open <= pin.Start && pin.End <= o.Close));
    }

    /// <summary>The strategy <paramref name="options"/> asks for, <see cref="SolveStrategy.Auto"/> resolved for this problem.</summary>
    public static SolveStrategy StrategyFor(RotaProblem problem, SolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        return options.Strategy switch
        {
            // Work-pattern limits span the horizon (weekends, minutes, blocks across a Monday): weeks cannot be solved apart.
            SolveStrategy.Auto or SolveStrategy.WeekByWeek when problem.Staff.Any(s => s.Limits.Any) => SolveStrategy.Monolithic,
            // A re-plan is repaired first (see Repairs); if that finds nothing, the whole horizon starts from the published rota.
            SolveStrategy.Auto when problem.Reference.Count > 0 && FitsWhole(problem) => SolveStrategy.Monolithic,
            SolveStrategy.Auto => (problem.Weeks > 1 || SplitsIntoTeams(problem)) && options.WeekByWeekSeed ? SolveStrategy.WeekByWeek : SolveStrategy.Monolithic,
            SolveStrategy.WeekByWeek when problem.Weeks == 1 && !SplitsIntoTeams(problem) => SolveStrategy.Monolithic,
            var chosen => chosen,
        };
    }

    /// <summary>A solved rota; a bound below 0 (CP-SAT's before its LP) is raised to 0, since every term costs 0 or more.</summary>
    internal static RotaSolution Solved(CpSolverStatus status, SolutionSnapshot best, double? bound, CpSatRun run)
    {
        var floor = bound is { } b ? Math.Max(0, b) : (double?)null;
        return new RotaSolution(
            status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible,
            best.Objective, best.Terms, floor, floor is { } f ? RotaSolution.GapOf(best.Objective, f) : null,
            run.Elapsed, run.FirstSolutionAt, best.Assignments, [], [])
        {
            BoundSource = floor is null ? null : BoundSources.CpSat,
        };
    }

    /// <summary>
    /// A model of whole named shifts per day (no slot rows) has a small LP whose cuts pay: the LP worker with the most cuts
    /// (max_lp) and the full linearisation, measured on the Curtois &amp; Qu instances 2–8 (15 s, 2 workers): Instance8 went
    /// from 3152 to about 2100 (best known 1300), Instance5 from 1447 to about 1150 (1143), Instances 2 and 3 proven optimal.
    /// Slot-level models (the 3133) keep the solver's own choice.
    /// </summary>
    private static string SearchFor(RotaModel model, SolverOptions options) =>
        model.X.SlotLevel ? string.Empty : options.Workers >= 2 ? "subsolvers:\"max_lp\" linearization_level:2" : "linearization_level:2";

    /// <summary>
    /// A re-plan repairs the published rota with the whole budget (see <see cref="ReplanRepair"/>) whenever its model can be
    /// built: the repair keeps improving with its time (3 204–3 311 with 20 % of a 30 s re-plan of the 3133 over 4 weeks,
    /// 2 629–2 813 with 50 %, 2 510–2 677 with 80 %), while CP-SAT on the whole horizon afterwards seldom improved on it.
    /// </summary>
    private static bool Repairs(RotaProblem problem, SolverOptions options) =>
        problem.Reference.Count > 0 && options.Strategy == SolveStrategy.Auto && ShiftVariables(problem) <= RepairMaxShiftVariables;

    /// <summary>A re-plan too large for <see cref="ReplanRepair"/>'s whole-horizon model repairs a team of the people concerned (see <see cref="LocalRepair"/>).</summary>
    private static bool RepairsLocally(RotaProblem problem, SolverOptions options) =>
        problem.Reference.Count > 0 && options.Strategy == SolveStrategy.Auto && ShiftVariables(problem) > RepairMaxShiftVariables;

    /// <summary>A platform large enough to plan each week as teams (see <see cref="TeamSplit"/>), even for a single week.</summary>
    private static bool SplitsIntoTeams(RotaProblem problem) => TeamSplit.TeamCount(problem) >= 2;

    /// <summary>True when the whole horizon's model is small enough to build and search (see <see cref="WholeHorizonMaxShiftVariables"/>).</summary>
    internal static bool FitsWhole(RotaProblem problem) => ShiftVariables(problem) <= WholeHorizonMaxShiftVariables;

    /// <summary>Shift variables of the whole-horizon model (people × templates of each day), without building it.</summary>
    private static long ShiftVariables(RotaProblem problem) =>
        (long)problem.Staff.Count * RotaGrid.Build(problem).Days.Sum(d => d.Templates.Count);
}
