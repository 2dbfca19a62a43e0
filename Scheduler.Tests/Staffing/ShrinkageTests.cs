using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Staffing;

public sealed class ShrinkageTests
{
    // 14 → 20 and 15 → 22 with 30 % shrinkage: cran/ErlangC@b1210c7 test-calculate_agents.R (agents_shrinked = 20) and
    // rodrigo-arenas/pyworkforce@ca48925 test_erlang.py (positions 20 and 22); 13 → 19: pyworkforce docs/guide/erlanga.md.
    [Theory]
    [InlineData(14, 0.3, 20)]
    [InlineData(15, 0.3, 22)]
    [InlineData(13, 0.3, 19)]
    [InlineData(7, 0.0, 7)]
    [InlineData(0, 0.5, 0)]
    [InlineData(1, 0.99, 100)]
    public void ScheduledAgents_Shrinkage_RoundsUpAgentsOverAvailableShare(int agents, double shrinkage, int expected) =>
        Assert.Equal(expected, Shrinkage.ScheduledAgents(agents, shrinkage));

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void ScheduledAgents_ShrinkageOutsideZeroToOne_Throws(double shrinkage) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Shrinkage.ScheduledAgents(10, shrinkage));
}
