using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// A choice of the integer master (whole members per week pattern) from the LP's values without SCIP: each column keeps
/// its whole members, the rest of each class is added one member at a time where that costs least, then a member moves
/// from one pattern to another of the class while a move lowers the cost. It prices what the integer master prices (the
/// patterns' own costs, the need's convex under-coverage and the over-coverage, the weekend runs of alike weeks, a
/// one-week horizon's fairness spreads, member by member) and keeps
/// the floors and each class's size. It takes milliseconds, where SCIP takes seconds before its first good choice.
/// </summary>
internal sealed partial class MasterRounding
{
    /// <summary>Price of a floor's missing person or an impossible count of weekend workers: far above any choice's cost.</summary>
    private const double Prohibitive = 1e7;

    /// <summary>Passes of single moves at most (each tries every used pattern against every other of its class).</summary>
    private const int MostPasses = 50;

    /// <summary>
    /// Kicks after the first local optimum (see <see cref="Improve"/>) times the members: 200 kicks on the 3133's 24 people
    /// (about a second). Each kick's moves try every used pattern against its class's, so the work grows with the platform:
    /// 200 kicks on 200 people took 3.5 s of a 60 s solve, so a larger platform gets fewer.
    /// </summary>
    private const int KickMembers = 4800;

    /// <summary>Kicks at least, however large the platform.</summary>
    private const int LeastKicks = 20;

    /// <summary>Members each kick moves, and the kicks' random seed.</summary>

    private const int KickSize = 2;

    private const int KickSeed = 3133;

    private readonly IReadOnlyList<StaffClass> classes;
    private readonly IReadOnlyList<(int Day, int Slot, string Channel, int Required)> needs;
    private readonly IReadOnlyList<(int Day, int Slot, bool Managers, int Least)> floors;
    private readonly IReadOnlyList<int?> paidTargets;
    private readonly IReadOnlyList<DayGrid> week;
    private readonly SoftWeights weights;
    private readonly double?[]?[] weekendCosts;
    private readonly WeekendTurnover? turnover;
    private readonly FairnessRows? fairness;

    /// <param name="needs">The week's need per (day of the week, slot, channel).</param>
    /// <param name="floors">The week's floors per (day of the week, slot, managers or trained listeners).</param>
    /// <param name="weekendCosts">Per class, the cost of each count of its members working a weekend (see <see cref="WeekendRunRows.ExactCosts"/>).</param>
    /// <param name="turnover">The runs that members on both weekend days leave over alike weeks (see <see cref="WeekendTurnover"/>), or null.</param>
    /// <param name="fairness">A one-week horizon's fairness rows, whose spreads are priced member by member (<see cref="MemberSpreads"/>), or null.</param>
    public MasterRounding(
        IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week, IReadOnlyList<(int Day, int Slot, string Channel, int Required)> needs,
        IReadOnlyList<(int Day, int Slot, bool Managers, int Least)> floors, IReadOnlyList<int?> paidTargets, SoftWeights weights, double?[]?[] weekendCosts,
        WeekendTurnover? turnover = null, FairnessRows? fairness = null)
    {
        this.fairness = fairness;
        this.classes = classes;
        this.week = week;
        this.needs = needs;
        this.floors = floors;
        this.paidTargets = paidTargets;
        this.weights = weights;
        this.weekendCosts = weekendCosts;
        this.turnover = turnover;
    }

    /// <summary>Whether the integer master may give the column members: a full-timer's week of alike weeks is exactly the target.</summary>
    public bool Allowed(WeekPattern column) => paidTargets[column.ClassIndex] is not { } target || column.PaidMinutes == target;

    /// <summary>
    /// Whole members per column, rounded from <paramref name="values"/> (missing values count 0), or null when the floors
    /// cannot hold. A class on a floor the rounding leaves short takes <paramref name="legal"/>'s members instead: the
    /// 3133's three managers hold their floor of one only together, and no single move mends a gap they leave.
    /// </summary>
    /// <param name="legal">A choice that holds every floor (the seed's week), or null.</param>
    public int[]? Round(IReadOnlyList<WeekPattern> columns, IReadOnlyList<double> values, IReadOnlyList<int>? legal)
    {
        var state = new State(this, columns);
        for (var j = 0; j < columns.Count; j++)
        {
            var whole = j < values.Count && Allowed(columns[j]) ? (int)Math.Floor(values[j] + 1e-6) : 0;
            for (var k = 0; k < whole && state.Left[columns[j].ClassIndex] > 0; k++)
            {
                state.Apply(j, 1);
            }
        }

        var allowed = Enumerable.Range(0, columns.Count).Where(j => Allowed(columns[j])).ToList();
        if (!Fill(state, allowed))
        {
            return null;
        }

        Improve(state, columns, allowed);
        if (state.ShortFloors() is { Count: > 0 } shortFloors && legal is not null)
        {
            var reset = Enumerable.Range(0, classes.Count).Where(c => shortFloors.Any(f => f.Managers ? classes[c].IsManager : !classes[c].IsManager)).ToHashSet();
            for (var j = 0; j < columns.Count; j++)
            {
                if (reset.Contains(columns[j].ClassIndex))
                {
                    state.Apply(j, legal[j] - state.Counts[j]);
                }
            }

            Improve(state, columns, allowed);
        }

        return state.Cost() < Prohibitive ? state.Counts : null;
    }

    /// <summary>
    /// <paramref name="counts"/> with the members of the classes <paramref name="moved"/> keeps moved between their
    /// patterns (single moves and kicks, as the rounding's) while the cost with the weekend turnover priced falls, every
    /// other class's members kept; <paramref name="counts"/> itself when nothing costs less or no turnover is priced.
    /// </summary>
    public int[] Polish(IReadOnlyList<WeekPattern> columns, int[] counts, Func<StaffClass, bool> moved)
    {
        if (turnover is null)
        {
            return counts;
        }

        var state = new State(this, columns, withTurnover: true);
        for (var j = 0; j < columns.Count; j++)
        {
            state.Apply(j, counts[j]);
        }

        var before = state.Cost();
        var allowed = Enumerable.Range(0, columns.Count).Where(j => Allowed(columns[j]) && moved(classes[columns[j].ClassIndex])).ToList();
        if (allowed.Count == 0)
        {
            return counts;
        }

        Improve(state, columns, allowed);
        return state.Cost() < before - 1e-9 ? state.Counts : counts;
    }

    /// <summary>Gives each class's members left the pattern that costs least, one at a time; false when a class has none allowed.</summary>
    private static bool Fill(State state, List<int> allowed)
    {
        while (state.Left.Any(n => n > 0))
        {
            var open = allowed.Where(j => state.Left[state.ClassOf(j)] > 0).ToList();
            if (open.Count == 0)
            {
                return false;
            }

            state.Apply(open.MinBy(j => state.Delta(j)), 1);
        }

        return true;
    }

    /// <summary>What the integer master charges for <paramref name="counts"/> (a prohibitive sum when a floor or a class's size breaks).</summary>
    public double Cost(IReadOnlyList<WeekPattern> columns, IReadOnlyList<int> counts)
    {
        var state = new State(this, columns);
        for (var j = 0; j < columns.Count; j++)
        {
            state.Apply(j, counts[j]);
        }

        return state.Cost() + (state.Left.Any(n => n != 0) ? Prohibitive : 0);
    }

    /// <summary>
    /// Single moves to a local optimum, then kicks: a few members moved at random and single moves again, the result kept
    /// when it costs less. A fixed number of kicks from a fixed seed, so the choice is the same on every run.
    /// </summary>
    private static void Improve(State state, IReadOnlyList<WeekPattern> columns, List<int> allowed)
    {
        var byClass = allowed.GroupBy(j => columns[j].ClassIndex).ToDictionary(g => g.Key, g => g.ToList());
        Descend(state, columns, byClass);
        var best = state.Counts.ToArray();
        var bestCost = state.Cost();
        var random = new Random(KickSeed);
        var kicks = Math.Max(LeastKicks, KickMembers / Math.Max(1, state.Counts.Sum()));
        for (var kick = 0; kick < kicks; kick++)
        {
            for (var m = 0; m < KickSize; m++)
            {
                var used = Enumerable.Range(0, columns.Count).Where(j => state.Counts[j] > 0 && byClass.ContainsKey(columns[j].ClassIndex)).ToList();
                if (used.Count == 0)
                {
                    return;
                }

                var from = used[random.Next(used.Count)];
                var others = byClass[columns[from].ClassIndex];
                state.Apply(from, -1);
                state.Apply(others[random.Next(others.Count)], 1);
            }

            Descend(state, columns, byClass);
            var cost = state.Cost();
            if (cost < bestCost - 1e-9)
            {
                (best, bestCost) = (state.Counts.ToArray(), cost);
                continue;
            }

            for (var j = 0; j < columns.Count; j++)
            {
                state.Apply(j, best[j] - state.Counts[j]);
            }
        }
    }

    /// <summary>Moves one member from a pattern to the best other of its class while that lowers the cost.</summary>
    private static void Descend(State state, IReadOnlyList<WeekPattern> columns, Dictionary<int, List<int>> byClass)
    {
        for (var pass = 0; pass < MostPasses; pass++)
        {
            var moved = false;
            for (var j = 0; j < columns.Count; j++)
            {
                if (state.Counts[j] == 0 || !byClass.ContainsKey(columns[j].ClassIndex))
                {
                    continue;
                }

                state.Apply(j, -1);
                var stay = state.Delta(j);
                var (to, cost) = (j, double.PositiveInfinity);
                foreach (var k in byClass[columns[j].ClassIndex])
                {
                    var delta = state.Delta(k);
                    if (delta < cost)
                    {
                        (to, cost) = (k, delta);
                    }
                }

                var target = cost < stay - 1e-9 ? to : j;
                state.Apply(target, 1);
                moved |= target != j;
            }

            if (!moved)
            {
                return;
            }
        }
    }

    private double NeedCost(int need, int count)
    {
        var required = needs[need].Required;
        var missing = Math.Max(0, required - count);
        var under = missing <= 1 ? missing * weights.UnderCoverage : 3.0 * weights.UnderCoverage * (missing - 1);
        return under + (weights.OverCoverage * Math.Max(0, count - required));
    }

    private double FloorCost(int floor, int count) => Prohibitive * Math.Max(0, floors[floor].Least - count);

    private double TurnoverCost(int c, int weighted) => turnover?.Cost(weighted, classes[c].Size) ?? 0;

    private double WeekendCost(int c, int count) => weekendCosts[c] is { } costs ? costs[count] ?? Prohibitive : 0;
}
