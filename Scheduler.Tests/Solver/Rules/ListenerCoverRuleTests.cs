using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ListenerCoverRuleTests
{
    private static readonly RuleSettings TwoListeners = QuietRules with { MinTrainedListenersOnDuty = 2 };

    [Fact]
    public void Solve_TwoTrainedListeners_BothOnDutyAllMorning()
    {
        var solution = Solve(Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 0), TwoListeners));

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count);
        Assert.All(solution.Assignments, a => Assert.Equal((Time("09:00"), Time("13:00")), (a.Start, a.End)));
    }

    [Fact]
    public void Solve_OneListenerUntrained_InfeasibleWithFourListenerHoursMissing()
    {
        var solution = Solve(Problem([Listener("A"), Listener("B", trained: false)], Open("09:00", "13:00", 0), TwoListeners));

        AssertInfeasibleBecauseOf(solution, RuleNames.ListenerCover);

        // One trained listener can be on duty for the 4 open hours; the second is missing all morning.
        var shortage = Assert.Single(solution.Shortages);
        Assert.Equal(RuleNames.ListenerCover, shortage.Rule);
        Assert.Equal(Monday, shortage.Date);
        Assert.Equal(4.0, shortage.MissingHours, 3);
    }
}
