using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Staffing;

public sealed class ErlangBTests
{
    // B(1, A) = A / (1 + A) and B(2, A) = A²/2 / (1 + A + A²/2), straight from the definition.
    [Theory]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(40.0)]
    public void Blocking_OneAndTwoServers_MatchesDefinition(double load)
    {
        Assert.Equal(load / (1 + load), ErlangB.Blocking(1, load), 15);
        Assert.Equal(load * load / 2 / (1 + load + (load * load / 2)), ErlangB.Blocking(2, load), 15);
    }

    [Fact]
    public void Blocking_ZeroServers_IsOne() => Assert.Equal(1, ErlangB.Blocking(0, 7));

    [Fact]
    public void Blocking_HugeServerCountForSmallLoad_UnderflowsToZeroNotNaN()
    {
        var blocking = ErlangB.Blocking(6000, 10);

        Assert.False(double.IsNaN(blocking));
        Assert.Equal(0, blocking);
    }

    [Fact]
    public void Blocking_MaximumAgentCount_IsZeroWithoutLoopingToIt() =>
        Assert.Equal(0, ErlangB.Blocking(int.MaxValue, 100));

    [Fact]
    public void Next_StepByStep_EqualsDirectRecursion()
    {
        var blocking = 1.0;
        for (var agents = 1; agents <= 50; agents++)
        {
            blocking = ErlangB.Next(blocking, agents, 37.5);
        }

        Assert.Equal(ErlangB.Blocking(50, 37.5), blocking);
    }
}
