using System.Globalization;
using Google.OrTools.LinearSolver;
using LpSolver = Google.OrTools.LinearSolver.Solver;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// The restricted master LP of one week: how many members of each class work each known week pattern, with the need of
/// every half-hour priced exactly as the full model prices it (under-coverage convex, over-coverage linear), the manager and
/// listener floors, each class's size and, when the horizon's weeks are alike, each full-time class's average paid minutes;
/// in a one-week horizon, fairness (<see cref="FairnessRows"/>).
/// Artificial slack at a prohibitive price keeps it feasible before the columns can cover the floors.
/// </summary>
internal sealed class PatternMaster
{
    /// <summary>
    /// Price of one unit of artificial slack: above what a member's week can be worth to the need, and small enough for
    /// GLOP's tolerances (at 1e7, with paid minutes in the same LP, it returned ABNORMAL on the 3133 over 4 weeks).
    /// </summary>
    private const double Prohibitive = 1e5;

    /// <summary>
    /// Nodes without a better choice after which SCIP stops when its choice must be the same on every run. The 3133's
    /// choices came late on 2 weeks (543 at node 220; 849 until node 105, then 752) and early on 4 weeks (527 at node 15,
    /// then nothing better): at 50 it stopped at 849 on 2 weeks, at 100 it reached 543 there (276 nodes, 9.9 s) and stopped
    /// at node 113 on 4 weeks (10.4 s).
    /// </summary>
    private const int StallNodes = 100;

    /// <summary>
    /// GLOP's settings for a one-week master with fairness rows, thousands of columns after a history (2 600 on the
    /// service's week of 7 December): its dual simplex without presolve took 0.25 s a round where the defaults took 0.48 s,
    /// so the generation converged in 6.3 s of that week's 20 s instead of stopping unconverged at 9.2 s. Other masters keep
    /// the defaults: the columns follow the LP's optimal vertex, and on the 3133 over 4 weeks (30 units) these settings
    /// ended at 2 355 against 2 204.
    /// </summary>
    private const string DualSimplexWithoutPresolve = "use_dual_simplex: true\nuse_preprocessing: false";

    private readonly RotaProblem problem;
    private readonly IReadOnlyList<DayGrid> week;
    private readonly IReadOnlyList<StaffClass> classes;
    private readonly IReadOnlyList<(DayGrid Day, int Slot, string Channel, int Required)> needs;
    private readonly IReadOnlyList<int?> paidTargets;
    private readonly WeekendRunRows weekendRows;
    private readonly WeekendTurnover? turnover;
    private readonly IReadOnlyList<double>? paidPrices;
    private readonly FairnessRows? fairness;
    private MasterRounding? rounding;

    /// <summary>The week's floors per (day of the week, slot, managers or trained listeners), in the order the master adds their rows.</summary>
    private readonly IReadOnlyList<(int Day, int Slot, bool Managers, int Least)> floorRows;

    /// <param name="paidTargets">Per class, the paid minutes its members average over the week (full-timers in a horizon of alike weeks), or null.</param>
    /// <param name="weekendRuns">True when every week of the horizon is like this one, so weekend runs can be priced per week (see <see cref="WeekendRunRows"/>).</param>
    /// <param name="paidPrices">
    /// Per class, a price per paid minute taken off each of its columns' cost (a Lagrangian multiplier of the horizon's
    /// total, see <see cref="ColumnBound"/>), or null; it stands in the duals where a class has no paid row.
    /// </param>
    public PatternMaster(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, int weekIndex, IReadOnlyList<int?> paidTargets, bool weekendRuns, IReadOnlyList<double>? paidPrices = null)
    {
        this.paidPrices = paidPrices;
        this.problem = problem;
        this.classes = classes;
        this.paidTargets = paidTargets;
        week = [.. grid.Week(weekIndex)];
        // Built once: after a history it reads every member's last weekends, and the master is solved at each round.
        weekendRows = new WeekendRunRows(problem, classes, week, weekendRuns);
        turnover = WeekendTurnover.Of(problem, week, weekendRuns);
        fairness = FairnessRows.Applies(problem, grid) ? new FairnessRows(problem, classes, week) : null;
        var dates = week.Select(d => d.Index).ToHashSet();
        needs = [.. DemandCoverage.Requirements(problem, grid).Where(r => dates.Contains(r.Day.Index))];
        floorRows = [.. week.Where(d => d.IsOpen).SelectMany(day => day.OpenSlots.SelectMany(slot => new[]
        {
            (day.Index - week[0].Index, slot, true, problem.Rules.MinManagersOnDuty),
            (day.Index - week[0].Index, slot, false, problem.Rules.MinTrainedListenersOnDuty),
        })).Where(f => f.Item4 > 0)];
    }

    /// <summary>A choice of whole members per column rounded from the LP's <paramref name="values"/> (see <see cref="MasterRounding"/>), or null.</summary>
    /// <param name="legal">Whole members per column that hold every floor (the seed's week), or null.</param>
    public int[]? Round(IReadOnlyList<WeekPattern> columns, IReadOnlyList<double> values, IReadOnlyList<int>? legal) => Rounding.Round(columns, values, legal);

    /// <summary>
    /// <paramref name="counts"/> with the managers' members moved where their weekends lay without runs of three
    /// (<see cref="WeekendTurnover"/>), or unchanged; the listeners' counts are kept.
    /// </summary>
    public int[] WithManagersTurnedOver(IReadOnlyList<WeekPattern> columns, int[] counts) =>
        Rounding.Polish(columns, counts, WeekendTurnover.Applies);

    /// <summary>
    /// What a choice of whole members per column costs: what the integer master charges, with fairness spreads counted
    /// member by member (<see cref="MemberSpreads"/>), never less than the master's rows count them.
    /// </summary>
    public double Cost(IReadOnlyList<WeekPattern> columns, IReadOnlyList<int> counts) => Rounding.Cost(columns, counts);

    private MasterRounding Rounding => rounding ??= new MasterRounding(
        classes,
        week,
        [.. needs.Select(n => (n.Day.Index - week[0].Index, n.Slot, n.Channel, n.Required))],
        floorRows,
        paidTargets,
        problem.Weights,
        weekendRows.ExactCosts(),
        turnover,
        fairness);

    /// <summary>The LP over <paramref name="columns"/>: its value, its duals as the pricing reads them, and the column values.</summary>
    public MasterSolution? Solve(IReadOnlyList<WeekPattern> columns) => Solve(columns, integer: false, 0, null);

    /// <summary>
    /// The integer master over <paramref name="columns"/> by SCIP: whole members per pattern, every floor kept (no
    /// artificial slack). Its column values are the counts; null when it found none in the time.
    /// </summary>
    /// <param name="variant">0, or SCIP's random seed shift for another of its choices (see <see cref="ColumnSearch"/>).</param>
    /// <param name="nodes">
    /// When set, SCIP stops after this many branch-and-bound nodes, or after <see cref="StallNodes"/> without a better
    /// choice, which makes its choice the same on every run; the seconds then only stop a search the machine's load has
    /// slowed far beyond them (see <see cref="ColumnGeneration.Choose"/>).
    /// </param>
    public MasterSolution? SolveInteger(IReadOnlyList<WeekPattern> columns, double seconds, double[]? hint, int variant = 0, long? nodes = null) =>
        Solve(columns, integer: true, seconds, hint, variant, nodes);

    private MasterSolution? Solve(IReadOnlyList<WeekPattern> columns, bool integer, double seconds, double[]? hint, int variant = 0, long? nodes = null)
    {
        using var lp = LpSolver.CreateSolver(integer ? "SCIP" : "GLOP");
        if (lp is null)
        {
            return null;
        }

        var prohibitive = integer ? 0 : Prohibitive;
        var objective = lp.Objective();
        objective.SetMinimization();
        // Whole people must each reach the horizon's total: in the integer master a full-timer's week is exactly the target.
        var lambda = columns.Select((c, j) => integer
            ? lp.MakeIntVar(0, paidTargets[c.ClassIndex] is { } t && c.PaidMinutes != t ? 0 : classes[c.ClassIndex].Size, $"l{j}")
            
            // No upper bound in the LP (the class's size row implies it): a column at a bound would carry a reduced cost the
            // duals of the rows do not show, and the pricing would keep proposing it.
            : lp.MakeNumVar(0, double.PositiveInfinity, $"l{j}")).ToArray();
        for (var j = 0; j < columns.Count; j++)
        {
            objective.SetCoefficient(lambda[j], columns[j].OwnCost - ((paidPrices?[columns[j].ClassIndex] ?? 0) * columns[j].PaidMinutes));
        }

        var byDuty = new Dictionary<(int Day, int Slot), List<int>>();
        for (var j = 0; j < columns.Count; j++)
        {
            foreach (var duty in columns[j].Duty)
            {
                (byDuty.TryGetValue(duty, out var list) ? list : byDuty[duty] = []).Add(j);
            }
        }

        Constraint Row(double low, double high, int day, int slot, Func<StaffClass, bool> counts)
        {
            var row = lp.MakeConstraint(low, high);
            foreach (var j in byDuty.GetValueOrDefault((day, slot)) ?? [])
            {
                if (counts(classes[columns[j].ClassIndex]))
                {
                    row.SetCoefficient(lambda[j], 1);
                }
            }

            return row;
        }

        var weights = problem.Weights;
        var cover = new List<(int Day, int Slot, string Channel, Constraint Low, Constraint High)>();
        foreach (var (day, slot, channel, required) in needs)
        {
            var d = day.Index - week[0].Index;
            var low = Row(weights.UnderCoverage > 0 ? required : double.NegativeInfinity, double.PositiveInfinity, d, slot, c => c.CoversChannel(day, channel));
            var high = Row(double.NegativeInfinity, weights.OverCoverage > 0 ? required : double.PositiveInfinity, d, slot, c => c.CoversChannel(day, channel));
            if (weights.UnderCoverage > 0)
            {
                // The full model's pieces: the first missing listener costs W, the second 2 W, each further one 3 W.
                MasterSlack.Add(lp, low, 1, weights.UnderCoverage);
                MasterSlack.Add(lp, low, required >= 2 ? 1 : 0, 2.0 * weights.UnderCoverage);
                MasterSlack.Add(lp, low, Math.Max(0, required - 2), 3.0 * weights.UnderCoverage);
            }

            if (weights.OverCoverage > 0)
            {
                MasterSlack.Add(lp, high, double.PositiveInfinity, -weights.OverCoverage, sign: -1);
            }

            cover.Add((d, slot, channel, low, high));
        }

        // What the managers' rows cost (their floors, and their classes' size and paid rows): the managers' block of the LP
        // shares no row with the listeners', so its value bounds the managers apart (see MasterSolution.ManagerValue).
        var managerSlacks = new List<Variable>();
        var floors = new List<(int Day, int Slot, bool Managers, Constraint Row)>();
        foreach (var (d, slot, managers, least) in floorRows)
        {
            Func<StaffClass, bool> counts = managers ? c => c.IsManager : c => c.CountsAsListener(week[d]);
            floors.Add((d, slot, managers, MasterSlack.Floor(lp, prohibitive, Row(least, double.PositiveInfinity, d, slot, counts), managers ? managerSlacks : null)));
        }

        var sizes = new Constraint[classes.Count];
        var paid = new Constraint?[classes.Count];
        for (var c = 0; c < classes.Count; c++)
        {
            var tally = classes[c].IsManager ? managerSlacks : null;
            sizes[c] = MasterSlack.Floor(lp, prohibitive, lp.MakeConstraint(classes[c].Size, classes[c].Size), tally);
            if (paidTargets[c] is { } target)
            {
                var row = paid[c] = lp.MakeConstraint(target / 60.0 * classes[c].Size, target / 60.0 * classes[c].Size);
                MasterSlack.Add(lp, row, prohibitive > 0 ? double.PositiveInfinity : 0, prohibitive, tally: tally);
                MasterSlack.Add(lp, row, prohibitive > 0 ? double.PositiveInfinity : 0, prohibitive, sign: -1, tally: tally);
            }
        }

        for (var j = 0; j < columns.Count; j++)
        {
            sizes[columns[j].ClassIndex].SetCoefficient(lambda[j], 1);
            paid[columns[j].ClassIndex]?.SetCoefficient(lambda[j], columns[j].PaidMinutes / 60.0);
        }

        var runs = integer ? [] : weekendRows.AddBound(lp, columns, lambda);
        var fair = fairness?.AddRows(lp, columns, lambda);
        if (integer)
        {
            weekendRows.AddExact(lp, columns, lambda);
            lp.SetTimeLimit((long)Math.Max(100, seconds * 1000));
            var settings = new List<string>();
            if (variant > 0)
            {
                settings.Add(string.Create(CultureInfo.InvariantCulture, $"randomization/randomseedshift = {variant}"));
            }

            if (nodes is { } most)
            {
                settings.Add(string.Create(CultureInfo.InvariantCulture, $"limits/nodes = {Math.Max(1, most)}"));
                settings.Add(string.Create(CultureInfo.InvariantCulture, $"limits/stallnodes = {StallNodes}"));
            }

            if (settings.Count > 0)
            {
                lp.SetSolverSpecificParametersAsString(string.Join('\n', settings));
            }
            if (hint is not null)
            {
                // The LP's values, rounded; columns priced after its last solve start at 0 (SCIP aborts on a short hint).
                lp.SetHint(lambda, [.. Enumerable.Range(0, lambda.Length).Select(j => j < hint.Length ? Math.Round(hint[j]) : 0)]);
            }

            var found = lp.Solve();
            return found is LpSolver.ResultStatus.OPTIMAL or LpSolver.ResultStatus.FEASIBLE
                ? new MasterSolution(objective.Value(), [.. lambda.Select(l => Math.Round(l.SolutionValue()))], (_, _, _) => 0, [], [], [])
                : null;
        }

        if (fairness is not null)
        {
            lp.SetSolverSpecificParametersAsString(DualSimplexWithoutPresolve);
        }

        var st = lp.Solve();
        if (st != LpSolver.ResultStatus.OPTIMAL)
        {
            return null;
        }

        var managerValue = Enumerable.Range(0, columns.Count).Where(j => classes[columns[j].ClassIndex].IsManager).Sum(j => objective.GetCoefficient(lambda[j]) * lambda[j].SolutionValue())
            + managerSlacks.Sum(v => v.SolutionValue() * Prohibitive)
            + runs.Where((_, c) => classes[c].IsManager).Sum(rows => rows.Sum(r => r.Excess.SolutionValue() * objective.GetCoefficient(r.Excess)))
            + (fair is null ? 0 : fairness!.ManagerValue(fair));
        return new MasterSolution(objective.Value(), [.. lambda.Select(l => l.SolutionValue())], SlotDuals.Of(classes, week, cover.Select(r => (r.Day, r.Slot, r.Channel, r.Low.DualValue() + r.High.DualValue())), floors.Select(f => (f.Day, f.Slot, f.Managers, f.Row.DualValue()))),
            [.. paid.Select((r, c) => r is null ? paidPrices?[c] ?? 0 : r.DualValue() / 60)], [.. sizes.Select(r => r.DualValue())], [.. runs.Select(rows => rows.Sum(r => r.Scale * r.Row.DualValue()))])
        {
            ManagerValue = managerValue,
            Iterations = lp.Iterations(),
            LoadValue = fair is null ? null : fairness!.Values(fair),
        };
    }
}
