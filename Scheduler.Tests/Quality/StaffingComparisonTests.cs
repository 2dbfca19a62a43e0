using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Quality;

public sealed class StaffingComparisonTests
{
    private static readonly LocalDate Monday = new(2026, 3, 2);

    private static StaffMember Person(string id, StaffRole role = StaffRole.Listener) =>
        new(id, id, role, Contract.FullTime(), ["phone"], true, null, [], []);

    [Fact]
    public void PerHalfHour_PlannedListenersAgainstDemand()
    {
        Assignment[] rota =
        [
            new("a", Monday, new LocalTime(9, 0), new LocalTime(17, 0), new LocalTime(12, 0), new LocalTime(12, 30)),
            new("b", Monday, new LocalTime(12, 0), new LocalTime(20, 0)),
            new("m", Monday, new LocalTime(9, 0), new LocalTime(17, 0)),
        ];
        DemandSlot[] demand = [new(Monday, new LocalTime(12, 0), "phone", 2), new(Monday, new LocalTime(12, 0), "chat", 1), new(Monday, new LocalTime(9, 0), "phone", 1)];

        var rows = StaffingComparison.PerHalfHour(Monday, Paris, rota, [Person("a"), Person("b"), Person("m", StaffRole.Manager)], demand);

        var nine = rows.Single(r => r.Interval.LocalStart == new LocalTime(9, 0));
        var noon = rows.Single(r => r.Interval.LocalStart == new LocalTime(12, 0));
        var half = rows.Single(r => r.Interval.LocalStart == new LocalTime(12, 30));
        Assert.Equal((1, 1, 0), (nine.Planned, nine.Needed, nine.Shortfall));
        Assert.Equal((1, 3, 2), (noon.Planned, noon.Needed, noon.Shortfall)); // a is on break, the manager does not count
        Assert.Equal((2, 0), (half.Planned, half.Needed));
        Assert.Equal(48, rows.Count);
    }

    [Fact]
    public void OnDutyListenerSeconds_PlannedTimesHalfHour()
    {
        var rows = StaffingComparison.PerHalfHour(Monday, Paris, [new Assignment("a", Monday, new LocalTime(9, 0), new LocalTime(10, 0))], [Person("a")], []);

        var seconds = StaffingComparison.OnDutyListenerSeconds(rows);

        Assert.Equal(1800, seconds[At(2026, 3, 2, 9, 30)]);
        Assert.Equal(0, seconds[At(2026, 3, 2, 10, 0)]);
    }
}
