namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// The fairness spreads of a choice of whole members (for <see cref="MasterRounding"/>): in a one-week horizon each member's
/// count is their pattern's plus what they carried, so a spread is the highest less the lowest count among the patterns
/// members take. <see cref="FairnessRows"/> keeps each class's average between its highest and lowest, a relaxation: nine
/// full-timers on 0 and 2 weekend days average 1.33 and leave its rows no spread, where the rota has one of 2.
/// </summary>
internal sealed class MemberSpreads
{
    private readonly double weight;

    /// <summary>Per spread, its distinct counts in increasing order.</summary>
    private readonly double[][] levels;

    /// <summary>Per spread and column, the column's level, or -1 when its class is not in the spread.</summary>
    private readonly int[][] levelOf;

    /// <summary>Per spread and level, the members on it.</summary>
    private readonly int[][] members;

    /// <summary>Per column, the spreads it is in.</summary>
    private readonly int[][] spreadsOf;

    /// <param name="counts">Per spread, each column's count for a member (<see cref="FairnessRows.MemberCounts"/>).</param>
    /// <param name="weight">The fairness weight, per unit of spread.</param>
    public MemberSpreads(IReadOnlyList<double?[]> counts, double weight)
    {
        ArgumentNullException.ThrowIfNull(counts);
        this.weight = weight;
        levels = [.. counts.Select(c => c.OfType<double>().Distinct().Order().ToArray())];
        levelOf = [.. counts.Select((c, s) => c.Select(v => v is { } count ? Array.IndexOf(levels[s], count) : -1).ToArray())];
        members = [.. levels.Select(l => new int[l.Length])];
        var columnCount = counts.Count == 0 ? 0 : counts[0].Length;
        spreadsOf = [.. Enumerable.Range(0, columnCount).Select(j => Enumerable.Range(0, counts.Count).Where(s => levelOf[s][j] >= 0).ToArray())];
    }

    /// <summary>Puts <paramref name="added"/> more members (fewer when negative) on column <paramref name="j"/>.</summary>
    public void Apply(int j, int added)
    {
        foreach (var s in spreadsOf[j])
        {
            members[s][levelOf[s][j]] += added;
        }
    }

    /// <summary>What one more member on column <paramref name="j"/> adds to the spreads' cost.</summary>
    public double Delta(int j)
    {
        var delta = 0.0;
        foreach (var s in spreadsOf[j])
        {
            var level = levelOf[s][j];
            if (Range(s) is var (low, high))
            {
                delta += weight * (levels[s][Math.Max(high, level)] - levels[s][Math.Min(low, level)] - (levels[s][high] - levels[s][low]));
            }
        }

        return delta;
    }

    public double Cost() =>
        Enumerable.Range(0, levels.Length).Sum(s => Range(s) is var (low, high) ? weight * (levels[s][high] - levels[s][low]) : 0);

    /// <summary>The lowest and highest levels members are on, or null when none is.</summary>
    private (int Low, int High)? Range(int s)
    {
        var on = members[s];
        var low = Array.FindIndex(on, n => n > 0);
        return low < 0 ? null : (low, Array.FindLastIndex(on, n => n > 0));
    }
}
