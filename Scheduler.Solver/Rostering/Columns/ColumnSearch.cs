using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Plans a horizon from its weeks' patterns: column generation on each distinct week (need, opening, availability) gives
/// the lower bound and the patterns, SCIP chooses the week's patterns among them, and the patterns are laid on people
/// week after week (<see cref="PatternLayout"/>). When every week is alike, the full-timers' horizon total holds on average
/// in each week (the LP over alike weeks has an optimum that is the same every week), so the master asks each full-time
/// class to average its weekly target, and the bound is the week's times the weeks.
/// </summary>
internal static class ColumnSearch
{
    /// <summary>
    /// Share of the column phase's budget the generation may take (it stops when pricing proves nothing better, about 3 s on
    /// the 3133); the rest chooses among the columns. Less starves short solves: 10 people over 3 weeks in 5 s ended with a
    /// bound below 0 at 0.5.
    /// </summary>
    private const double GenerationShare = 0.7;

    /// <summary>
    /// Least budget of the quick week that seeds the columns (and lays the first rota). It stops at its first rota, about a
    /// second on the 3133's week, so a quiet machine never waits on it. With only a share of a short budget (0.29 s of 3 s)
    /// it found none, and the 3133 over 4 weeks ended without a rota under 5 s (or 5 units). With three CPU hogs on the 2
    /// cores, 2 s were still too few for 2 weeks in 11 s (the service planning a week ahead in 15 s: no rota at all); with 5
    /// it found its rota at 3 s.
    /// </summary>
    private const double SeedLeastBudget = 5;

    /// <summary>
    /// Least seconds by the clock for the generation, and for SCIP's choice, under which the LP's rounding chooses alone
    /// (see <see cref="ColumnGeneration.Choose"/>). The generation needs about 2 s for columns to choose from: with its share
    /// of 8–10 s the 3133 over 4 weeks kept its first rota (about 247 000, 1 152 half-hours short). With this floor for
    /// both steps (and <see cref="ColumnPath"/>'s larger share of short budgets) it ended at 3 364–3 740 with at most 8
    /// short, in 10–13 s; with the rounding choosing instead of SCIP, at 2 796–3 048 with none short. Deterministic units
    /// have their own least units (<see cref="GenerationLeastUnits"/>, <see cref="ChoiceLeastUnits"/>).
    /// </summary>
    private const double StepLeastSeconds = 2.5;

    /// <summary>
    /// Least deterministic units for the generation. With its share of 3 or 4 units it stopped at a bound of 333–361 a week
    /// (485 converged), and SCIP's choice among those columns left the 3133 over 4 weeks 44–64 half-hours short; with 2 the
    /// bound was 478 and the rota short of none.
    /// </summary>
    private const double GenerationLeastUnits = 2;

    /// <summary>
    /// Least deterministic units for SCIP's choice (50 nodes): with fewer the LP's rounding alone chooses (see
    /// <see cref="ColumnGeneration.Choose"/>); SCIP's choice with 5 nodes cost 601 where the rounding cost 550.
    /// </summary>
    private const double ChoiceLeastUnits = 1;

    /// <summary>Seconds for laying the first rota after a history (each class's assignment takes 0.03–0.12 s on the 3133).</summary>
    private const double FirstLayoutBudget = 0.5;

    /// <summary>
    /// Up to this many teams (about 200 people) the whole week's quick rota also seeds the columns: it takes about 8 s there,
    /// and on 500 people it spent the budget's share without a rota (44 856 at 60 s against 41 712 without it).
    /// </summary>
    private const int WholeWeekSeedTeams = 8;

    /// <summary>Share of the column phase's budget kept for laying the patterns on people (<see cref="PatternAssignment"/>).</summary>
    private const double LayoutShare = 0.2;

    /// <summary>
    /// Seconds SCIP needs for a good choice on the 3133's week: started from the seed, in 3 s it ended on patterns whose
    /// rota was 4 half-hours short (400 of under-coverage), in 6 s on the same choice as in 7.4 s.
    /// </summary>
    private const double ChoiceSeconds = 6;

    /// <summary>
    /// Least seconds of generation by the clock when the budget leaves it less. On the 3133 over 4 weeks with 3 s, 0.3 s
    /// ended at 3 900 (3.7 s), 1 s at 2 928 (4.5 s): the LP's rounding then has columns worth choosing from.
    /// </summary>
    private const double GenerationLeastSeconds = 1;

    /// <summary>Seconds by the clock the LP's rounding and the layout take after the generation (0.4 s and 0.2 s on the 3133 over 4 weeks).</summary>
    private const double ChoiceAndLayoutSeconds = 0.6;

    /// <summary>
    /// The generation's budget: its share of the columns' time, at least <see cref="StepLeastSeconds"/> (or
    /// <see cref="GenerationLeastUnits"/>); by the clock, never more than the budget leaves for the steps after it, so a short
    /// budget ends near its limit rather than at the floors' 6.5–7 s (the 3133 over 4 weeks with 3 or 5 s).
    /// </summary>
    internal static double GenerationBudget(CpSatRun run, double share, double after)
    {
        var wanted = Math.Max(share * GenerationShare, run.IsDeterministic ? GenerationLeastUnits : StepLeastSeconds);
        return run.IsDeterministic ? wanted : Math.Max(GenerationLeastSeconds, Math.Min(wanted, run.Remaining - after - ChoiceAndLayoutSeconds));
    }

    public static bool Applies(RotaProblem problem) =>
        PooledBound.Applies(problem) && !problem.Staff.Any(s => s.Limits.Any) && problem.Shifts.Count == 0;

    public sealed record Result(double? Bound, IReadOnlyList<Assignment>? Rota, IReadOnlyList<Assignment>? First)
    {
        /// <summary>The rotas of SCIP's other choices of patterns, laid the same way (the caller keeps the best).</summary>
        public IReadOnlyList<IReadOnlyList<Assignment>> Others { get; init; } = [];

        /// <summary>The bound without the managers' block: a bound on the listeners' part alone (see <see cref="RoleParts"/>).</summary>
        public double? ListenerBound { get; init; }
    }

    /// <param name="mostChoices">
    /// How many of SCIP's choices of patterns may be laid when the budget has time for several (each with
    /// <see cref="ChoiceSeconds"/>): the master cannot see how its patterns lay on people, and choices of about the same
    /// master cost lay very differently. The caller evaluates every rota, so 1 where that is slow.
    /// </param>
    /// <param name="choiceSeconds">The seconds each choice needs (<see cref="ChoiceSeconds"/> on the 3133's week).</param>
    /// <param name="firstRota">Called with the first rota as soon as it is laid and legal (to report its cost).</param>
    /// <param name="pins">Shifts fixed by hand that the problem was stripped of: the layout fits its patterns to them.</param>
    /// <param name="after">What the caller needs of the whole budget after the columns: reporting the first rota does not take it.</param>
    public static Result Solve(
        RotaProblem problem, CpSatRun run, double budget, int mostChoices = 1, double choiceSeconds = ChoiceSeconds, Action<IReadOnlyList<Assignment>>? firstRota = null,
        IReadOnlyList<Assignment>? pins = null, double after = 0)
    {
        var grid = RotaGrid.Build(problem);
        var classes = FairnessRows.Classes(problem, grid);
        var (keys, distinct, alike) = Weeks(problem, grid, classes);
        // When the periods ask other than the weekly targets (a balance carried in, a period going on after the horizon),
        // full-time classes held to their targets are no longer a relaxation: the rota is still laid from them (and
        // repaired to the periods' totals if need be), but the bound is left to the other relaxations.
        var total = ContractStretches.KeepsOwnTargets(problem) ? 0.0 : double.NaN;
        var managers = 0.0;
        var (carried, carriedListeners) = Carried(problem, grid);
        var end = run.Remaining - (budget * (1 - LayoutShare));
        var chosen = new Dictionary<string, List<IReadOnlyList<WeekPattern>>>(StringComparer.Ordinal);
        IReadOnlyList<Assignment>? first = null;
        for (var i = 0; i < distinct.Count; i++)
        {
            var w = keys.IndexOf(distinct[i]);
            var week = grid.Week(w).ToList();
            var targets = Targets(classes, week, alike);
            var share = (run.Remaining - end) / (distinct.Count - i);
            var generation = new ColumnGeneration(problem, grid, classes, w, targets, distinct.Count == 1);
            var seed = Seed(problem, grid, classes, w, run, Math.Max(share * 0.2, SeedLeastBudget), teams: true).ToList();
            generation.Add(seed);
            if (distinct.Count == 1 && seed.Count == problem.Staff.Count)
            {
                first = FirstRota(problem, grid, classes, seed, run);
                if (first is not null)
                {
                    run.MarkFirstRota();
                    // Reporting builds the whole-horizon models (needed later anyway), so its time is not the columns': on a
                    // slower day it took 2.5 s of their 15 s, SCIP had 3.4 s instead of 6 and the 3133 over 4 weeks ended at
                    // 2 774-2 990 instead of 2 224.
                    var reporting = run.Remaining;
                    firstRota?.Invoke(first);
                    end = Math.Max(end - (reporting - run.Remaining), Math.Min(end, after));
                }
            }

            if (TeamSplit.TeamCount(problem) is >= 2 and <= WholeWeekSeedTeams)
            {
                // Teams each keep the floor on their own, so their weeks are a poor start for the whole platform's master:
                // 200 people over 4 weeks ended at 18 112 with only them, 16 652 with the whole week's quick rota.
                generation.Add(Seed(problem, grid, classes, w, run, share * 0.2, teams: false));
            }

            generation.Run(run, GenerationBudget(run, share, after));
            total = double.IsNegativeInfinity(generation.Bound) || double.IsNaN(total) ? double.NaN : total + (generation.Bound * keys.Count(k => k == distinct[i]));
            managers += generation.ManagerBound * keys.Count(k => k == distinct[i]);
            // When every week is alike and time allows, SCIP chooses several times (from the other start, then with other
            // random seeds: see ColumnGeneration.Choose): at 60 s the 3133 over 4 weeks ended at 2 502 with one long
            // choice (the master 8 cheaper, its layout 180 dearer), where 30 s gave 2 343.
            var choices = distinct.Count == 1 ? Math.Clamp((int)((run.Remaining - end) / choiceSeconds), 1, mostChoices) : 1;
            chosen[distinct[i]] = [];
            var counted = new List<int[]>();
            for (var v = 0; v < choices; v++)
            {
                // The same choice twice (the LP's rounding each time SCIP had too little time) is laid once.
                var seconds = (run.Remaining - end - (share * (distinct.Count - i - 1))) / (choices - v);
                if (generation.Choose(run, seconds, run.IsDeterministic ? ChoiceLeastUnits : StepLeastSeconds, seed.Count == problem.Staff.Count ? seed : null, v) is { } counts
                    && !counted.Any(c => c.SequenceEqual(counts)))
                {
                    counted.Add(counts);
                    chosen[distinct[i]].Add([.. generation.Columns.SelectMany((p, j) => Enumerable.Repeat(p, counts[j]))]);
                }
            }

            if (chosen[distinct[i]].Count == 0)
            {
                return new Result(Bound(total + carried), null, first) { ListenerBound = Bound(total - managers + carriedListeners) };
            }
        }

        var laid = new List<IReadOnlyList<Assignment>>();
        var count = chosen.Values.Max(c => c.Count);
        for (var c = 0; c < count; c++)
        {
            var weeks = keys.Select(k => chosen[k][Math.Min(c, chosen[k].Count - 1)]).ToList();
            laid.Add(PatternLayout.Lay(problem, grid, classes, weeks, run, Math.Max(0.5, (run.Remaining - end + (budget * LayoutShare)) / (count - c)), pins));
        }

        return new Result(Bound(total + carried), laid[0], first) { ListenerBound = Bound(total - managers + carriedListeners), Others = laid[1..] };
    }

    /// <summary>
    /// Each week's key (need, opening, availability: weeks with the same key share one generation), the distinct keys in
    /// order, and whether every week of several is alike with contract hours kept (see the class's summary).
    /// </summary>
    internal static (List<string> Keys, List<string> Distinct, bool Alike) Weeks(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes)
    {
        var keys = Enumerable.Range(0, grid.WeekCount).Select(w => PooledBound.WeekKey(problem, grid, classes, w)).ToList();
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        return (keys, distinct, distinct.Count == 1 && grid.WeekCount > 1 && problem.Rules.ContractHoursApply);
    }

    /// <summary>Per class, the paid minutes its members average in the week: full-timers' weekly target when the weeks are alike, else none.</summary>
    internal static List<int?> Targets(IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week, bool alike) =>
        [.. classes.Select(c => alike && c.Representative.Contract.IsFullTime ? ContractTargets.WeeklyTarget(c.Representative, week) : (int?)null)];

    /// <summary>
    /// The patterns of a quick legal rota of the week (full-timers at their exact target, weeks before it unplanned), so the integer master always has
    /// a feasible choice: the LP's own columns need not combine into whole people meeting the floors.
    /// </summary>
    /// <param name="teams">True for the week-by-week search's first pass (teams of the 3133's size on a large platform, fast);
    /// false for the thin model of the whole platform's week.</param>
    internal static IEnumerable<WeekPattern> Seed(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, int w, CpSatRun run, double budget, bool teams)
    {
        var quick = teams
            ? WeekSolver.Solve(problem, w, [], null, run, budget, firstOnly: true, exact: false).Rota
            : QuickRota.Solve(WeekSolver.WeekProblem(problem, w, []), problem.Start, null, run, budget);
        if (quick is null)
        {
            yield break;
        }

        for (var c = 0; c < classes.Count; c++)
        {
            foreach (var member in classes[c].Members)
            {
                if (WeekPattern.Read(c, grid, w, problem.Staff[member].Id, quick.Assignments, problem.Weights.StartTimeStability, classes[c].DeferredCost(problem.Weights)) is { } pattern)
                {
                    yield return pattern;
                }
            }
        }
    }

    /// <summary>
    /// The quick week laid on every week of the horizon: a complete rota within a second or so, when it keeps every rule.
    /// After a history the layout's assignment (<see cref="PatternAssignment"/>) lays it, which knows each person's last days.
    /// </summary>
    private static IReadOnlyList<Assignment>? FirstRota(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, IReadOnlyList<WeekPattern> seed, CpSatRun run)
    {
        var weeks = Enumerable.Repeat(seed, grid.WeekCount).ToList();
        var rota = problem.History.Count == 0
            ? PatternLayout.Lay(problem, grid, classes, weeks)
            : PatternLayout.Lay(problem, grid, classes, weeks, run, FirstLayoutBudget);
        return Validation.RotaValidator.Validate(problem, rota).Count == 0 ? rota : null;
    }

    /// <summary>
    /// What shifts carried from before the horizon leave uneven whatever the rota does (<see cref="CarriedSpread"/>), for the
    /// whole and for the listeners, where the columns price no fairness (over several weeks); none where they do.
    /// </summary>
    internal static (int All, int Listeners) Carried(RotaProblem problem, RotaGrid grid) =>
        FairnessRows.Applies(problem, grid) ? (0, 0) : (CarriedSpread.Least(problem, _ => true), CarriedSpread.Least(problem, role => role != StaffRole.Manager));

    internal static double? Bound(double total) =>
        double.IsNaN(total) ? null : Math.Ceiling(total - (1e-6 * Math.Max(1, Math.Abs(total))));
}
