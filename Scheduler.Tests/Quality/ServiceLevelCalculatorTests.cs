using NodaTime;
using NodaTime.TimeZones;
using Scheduler.Solver.Quality;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Quality;

public sealed class ServiceLevelCalculatorTests
{
    private readonly ServiceLevelCalculator calculator = new(ServiceLevelSettings.Default, Paris);

    [Fact]
    public void Intervals_CallBelongsToHalfHourOffered_EvenWhenAnsweredInTheNext()
    {
        var call = Answered("a", At(2026, 3, 2, 9, 29, 50), 20, 60);

        var rows = calculator.ForDates([call], new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2));

        var withCall = Assert.Single(rows, r => r.Counts.Offered > 0);
        Assert.Equal(new LocalTime(9, 0), withCall.Interval.LocalStart);
    }

    [Fact]
    public void Intervals_Occupancy_HandledTimeClippedToEachHalfHour()
    {
        // Answered 09:21:40, ended 09:36:40: 500 s fall in 09:00–09:30 and 400 s in 09:30–10:00; 2 listeners on duty in each.
        var call = Answered("c", At(2026, 3, 2, 9, 20), 100, 900);
        var nine = HalfHour.Containing(At(2026, 3, 2, 9, 0), Paris);
        var half = HalfHour.Containing(At(2026, 3, 2, 9, 30), Paris);
        var onDuty = new Dictionary<Instant, double> { [nine.Start] = 3600, [half.Start] = 3600 };

        var rows = calculator.Intervals([call], [nine, half], null, onDuty);

        Assert.Equal(500.0 / 3600, rows[0].Counts.Occupancy!.Value, 9);
        Assert.Equal(400.0 / 3600, rows[1].Counts.Occupancy!.Value, 9);
        Assert.Equal(900, rows[0].Counts.AverageHandlingSeconds);
        Assert.Equal(0, rows[1].Counts.Offered);
    }

    [Fact]
    public void Intervals_ChannelFilter_CountsOnlyThatChannel()
    {
        var nine = At(2026, 3, 2, 9, 0);
        CallRecord[] calls = [Answered("p", nine, 10, 60), Answered("c", nine, 10, 60, CallChannel.Chat), Abandoned("e", nine, 30, CallChannel.Chat)];

        var chat = calculator.ForDates(calls, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), CallChannel.Chat);

        var counts = ServiceLevelCounts.Sum(chat.Select(r => r.Counts));
        Assert.Equal((2, 1, 1), (counts.Offered, counts.Answered, counts.Abandoned));
        Assert.All(chat, r => Assert.Equal(CallChannel.Chat, r.Channel));
    }

    [Fact]
    public void ForDates_SpringForwardDay_46HalfHoursAndLocalDay()
    {
        // 00:10 local on 29 March 2026 is still 28 March in UTC: it belongs to the local day 29 March.
        var call = Abandoned("x", At(2026, 3, 29, 0, 10), 30);

        var rows = calculator.ForDates([call], new LocalDate(2026, 3, 29), new LocalDate(2026, 3, 29));

        Assert.Equal(46, rows.Count);
        Assert.Equal(new LocalDate(2026, 3, 29), Assert.Single(rows, r => r.Counts.Offered == 1).Interval.Date);
        Assert.DoesNotContain(rows, r => r.Interval.LocalStart == new LocalTime(2, 0));
    }

    [Fact]
    public void ForDates_FallBackDay_TwoDistinctTwoOClockHalfHours()
    {
        var first = new LocalDateTime(2026, 10, 25, 2, 10).InZone(Paris, Resolvers.LenientResolver).ToInstant();
        var second = first + Duration.FromHours(1);
        CallRecord[] calls = [Abandoned("x", first, 30), Abandoned("y", second, 30)];

        var rows = calculator.ForDates(calls, new LocalDate(2026, 10, 25), new LocalDate(2026, 10, 25));

        Assert.Equal(50, rows.Count);
        var twoOClock = rows.Where(r => r.Interval.LocalStart == new LocalTime(2, 0)).ToList();
        Assert.Equal(2, twoOClock.Count);
        Assert.All(twoOClock, r => Assert.Equal(1, r.Counts.Offered));
        Assert.Equal(Duration.FromHours(1), twoOClock[1].Interval.Start - twoOClock[0].Interval.Start);
    }

    [Fact]
    public void Roll_Week_MondayFirst()
    {
        // Sunday 8 March and Monday 9 March 2026 are in different weeks.
        CallRecord[] calls = [Abandoned("sun", At(2026, 3, 8, 19, 0), 30), Abandoned("mon", At(2026, 3, 9, 9, 0), 30), Abandoned("tue", At(2026, 3, 10, 9, 0), 30)];
        var rows = calculator.ForDates(calls, new LocalDate(2026, 3, 8), new LocalDate(2026, 3, 10));

        var weeks = ServiceLevelCalculator.Roll(rows, PeriodKind.Week);

        Assert.Equal([(new LocalDate(2026, 3, 2), 1), (new LocalDate(2026, 3, 9), 2)], weeks.Select(w => (w.Start, w.Counts.Offered)));
    }

    [Fact]
    public void Roll_DayAndMonth_ByLocalDate()
    {
        // 31 March 23:45 local is 21:45 UTC; 1 April 00:15 local is 22:15 UTC on 31 March.
        CallRecord[] calls = [Abandoned("mar", At(2026, 3, 31, 23, 45), 30), Abandoned("apr", At(2026, 4, 1, 0, 15), 30)];
        var rows = calculator.ForDates(calls, new LocalDate(2026, 3, 31), new LocalDate(2026, 4, 1));

        var months = ServiceLevelCalculator.Roll(rows, PeriodKind.Month);
        var days = ServiceLevelCalculator.Roll(rows, PeriodKind.Day);

        Assert.Equal([(new LocalDate(2026, 3, 1), 1), (new LocalDate(2026, 4, 1), 1)], months.Select(m => (m.Start, m.Counts.Offered)));
        Assert.Equal([1, 1], days.Select(d => d.Counts.Offered));
    }
}
