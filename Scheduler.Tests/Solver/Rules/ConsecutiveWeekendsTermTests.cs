using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ConsecutiveWeekendsTermTests
{
    [Fact]
    public void Solve_AfterTwoWorkedWeekends_TheOtherListenerTakesTheThird()
    {
        // A worked the Saturdays one and two weeks before the horizon.
        var history = new[] { -2, -9 }.Select(d => new Assignment("A", Monday.PlusDays(d), Time("09:00"), Time("13:00")));
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 5), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            History = [.. history],
            Weights = NoSoftGoals with { ConsecutiveWeekends = 40 },
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal("B", Assert.Single(solution.Assignments).StaffId);
    }
}
