using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Columns;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>
/// The columns' price of a week's weekend after the history, per number of a class's members working it: the rested ones
/// first for nothing, then those who worked the last weekend, then those who worked the last two.
/// </summary>
public sealed class WeekendsAfterHistoryTests
{
    /// <summary>Four alike listeners: A worked the last two weekends, B the last one, C the one before, D none.</summary>
    private static RotaProblem FourAfterTheirWeekends(int weeks) =>
        Problem([Listener("A"), Listener("B"), Listener("C"), Listener("D")], Open("09:00", "13:00", 5)) with
        {
            Weeks = weeks,
            History =
            [
                new Assignment("A", Monday.PlusDays(-2), Time("09:00"), Time("13:00")),
                new Assignment("A", Monday.PlusDays(-8), Time("09:00"), Time("13:00")),
                new Assignment("B", Monday.PlusDays(-1), Time("09:00"), Time("13:00")),
                new Assignment("C", Monday.PlusDays(-9), Time("09:00"), Time("13:00")),
            ],
            Weights = NoSoftGoals with { BackToBackWeekends = 10, ConsecutiveWeekends = 40 },
        };

    [Fact]
    public void Costs_OneWeekAfterTheHistory_RestedFirstThenBackToBackThenRuns()
    {
        var problem = FourAfterTheirWeekends(1);

        var costs = WeekendsAfterHistory.Of(problem, StaffClass.Of(problem))!.Costs();

        // C and D rested last weekend; B worked it; A worked the last two.
        Assert.Equal([0, 0, 0, 10, 60], Assert.Single(costs)!);
    }

    [Fact]
    public void Of_HorizonOfSeveralWeeks_IsNone() =>
        Assert.Null(WeekendsAfterHistory.Of(FourAfterTheirWeekends(2), StaffClass.Of(FourAfterTheirWeekends(2))));
}
