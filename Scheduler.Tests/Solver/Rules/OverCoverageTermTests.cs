using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class OverCoverageTermTests
{
    [Fact]
    public void Solve_TwoListenersNeededOnlyInTheMorning_NoOneBeyondTheNeed()
    {
        // The floor asks for one listener all day; the need is two in the morning and one in the afternoon.
        var rules = QuietRules with { MinTrainedListenersOnDuty = 1 };
        var demand = Enumerable.Range(0, 16).Select(i => new DemandSlot(Monday, Time("09:00").PlusMinutes(30 * i), "phone", i < 8 ? 2 : 1));
        var problem = Problem([Listener("A"), Listener("B"), Listener("C")], Open("09:00", "17:00", 0), rules) with
        {
            Demand = [.. demand],
            Weights = NoSoftGoals with { UnderCoverage = 100, OverCoverage = 2 },
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(0, solution.Terms[SoftTermNames.OverCoverage]);
        Assert.Equal(0, solution.Terms[SoftTermNames.UnderCoverage]);
    }
}
