using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class StartTimeStabilityTermTests
{
    [Fact]
    public void Solve_PinnedMondayAt11_TuesdayStartsAt11Too()
    {
        // The need on Tuesday is 11:00–15:00, open from 10:00: shifts from 10:00, 10:30 or 11:00 all cover it;
        // Monday's pin starts at 11:00, so only an 11:00 start keeps one start time in the week.
        var rules = QuietRules with { MaxShiftLength = Duration.FromHours(5) };
        var tuesdayNeed = Enumerable.Range(0, 8).Select(i => new DemandSlot(Monday.PlusDays(1), Time("11:00").PlusMinutes(30 * i), "phone", 1));
        var problem = Problem([Listener("A")], [.. Open("09:00", "20:00", 0), .. Open("10:00", "15:00", 1)], rules) with
        {
            Pinned = [Shift("A", 0, "11:00", "15:00")],
            Demand = [.. tuesdayNeed],
            Weights = NoSoftGoals with { StartTimeStability = 3, UnderCoverage = 100 },
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        var tuesday = Assert.Single(solution.Assignments, a => a.Date == Monday.PlusDays(1));
        Assert.Equal(Time("11:00"), tuesday.Start);
        Assert.Equal(3, solution.Terms[SoftTermNames.StartTimeStability]);
    }
}
