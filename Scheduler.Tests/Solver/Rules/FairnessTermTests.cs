using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class FairnessTermTests
{
    /// <summary>
    /// One listener a day on Saturday and Sunday. Stable start times alone favour one person working both days
    /// (one start time instead of two); fairness makes the two share the weekend.
    /// </summary>
    [Fact]
    public void Solve_WeekendForTwo_OneDayEach()
    {
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 5, 6), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weights = NoSoftGoals with { Fairness = 20, StartTimeStability = 3 },
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count);
        Assert.NotEqual(solution.Assignments[0].StaffId, solution.Assignments[1].StaffId);
        Assert.Equal(0, solution.Terms[SoftTermNames.FairWeekends]);
    }
}
