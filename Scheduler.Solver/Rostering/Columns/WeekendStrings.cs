using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Which weeks each member of a class works a weekend, when week w needs exactly k[w] of the n members on a weekend: a
/// choice of one weekend string (a bit per week) per member, with as few runs of three weekends in a row as possible.
/// Members are alike, so only how many take each string matters: at most 2^W counts, solved by CP-SAT in milliseconds.
/// The history's weekends are not seen (they can only add runs, which the evaluation then counts).
/// </summary>
internal static class WeekendStrings
{
    /// <summary>Most weeks this handles (2^W string counts).</summary>
    public const int MostWeeks = 8;

    /// <summary>The members' strings (bit w set: works a weekend in week w), fewest runs first; null beyond <see cref="MostWeeks"/> or if infeasible.</summary>
    public static (int Runs, int[] Strings)? Choose(int members, IReadOnlyList<int> perWeek)
    {
        ArgumentNullException.ThrowIfNull(perWeek);
        var weeks = perWeek.Count;
        if (weeks > MostWeeks || perWeek.Any(k => k < 0 || k > members))
        {
            return null;
        }

        var model = new CpModel();
        var kinds = 1 << weeks;
        var counts = Enumerable.Range(0, kinds).Select(s => model.NewIntVar(0, members, string.Empty)).ToArray();
        model.Add(LinearExpr.Sum(counts) == members);
        for (var w = 0; w < weeks; w++)
        {
            var bit = 1 << w;
            model.Add(LinearExpr.Sum(Enumerable.Range(0, kinds).Where(s => (s & bit) != 0).Select(s => counts[s])) == perWeek[w]);
        }

        // Spread the weekends worked evenly as a second goal: the runs dominate (× members + 1).
        var most = model.NewIntVar(0, weeks, string.Empty);
        var least = model.NewIntVar(0, weeks, string.Empty);
        for (var s = 0; s < kinds; s++)
        {
            var used = model.NewBoolVar(string.Empty);
            model.Add(counts[s] <= members * used);
            var ones = System.Numerics.BitOperations.PopCount((uint)s);
            model.Add(most >= ones).OnlyEnforceIf(used);
            model.Add(least <= ones).OnlyEnforceIf(used);
        }

        model.Minimize(LinearExpr.WeightedSum(counts, Enumerable.Range(0, kinds).Select(s => (long)Runs(s, weeks) * (weeks + 1))) + most - least);
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:2" };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var strings = Enumerable.Range(0, kinds).SelectMany(s => Enumerable.Repeat(s, (int)solver.Value(counts[s]))).ToArray();
        return (strings.Sum(s => Runs(s, weeks)), strings);
    }

    /// <summary>Windows of three consecutive weeks all worked on a weekend.</summary>
    public static int Runs(int weekendString, int weeks)
    {
        var runs = 0;
        for (var w = 2; w < weeks; w++)
        {
            var window = 0b111 << (w - 2);
            runs += (weekendString & window) == window ? 1 : 0;
        }

        return runs;
    }
}
