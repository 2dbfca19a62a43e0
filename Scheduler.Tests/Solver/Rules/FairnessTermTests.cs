using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class FairnessTermTests
{
    /// <summary>
    /// One listener a day on Saturday and Sunday. Stable start times alone favour one person working both days
    /// (one start time instead of two); fairness makes the two share the weekend. A need of one listener, with
    /// over-coverage priced, keeps both from working both days (otherwise that ties with sharing, at 2 start times).
    /// </summary>
    [Fact]
    public void Solve_WeekendForTwo_OneDayEach()
    {
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 5, 6), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weights = NoSoftGoals with { Fairness = 20, StartTimeStability = 3, OverCoverage = 2 },
            Demand = [.. new[] { 5, 6 }.SelectMany(d => Enumerable.Range(0, 8).Select(i => new Scheduler.Solver.Domain.DemandSlot(Monday.PlusDays(d), Time("09:00").PlusMinutes(30 * i), "phone", 1)))],
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count);
        Assert.NotEqual(solution.Assignments[0].StaffId, solution.Assignments[1].StaffId);
        Assert.Equal(0, solution.Terms[SoftTermNames.FairWeekends]);
    }
}
