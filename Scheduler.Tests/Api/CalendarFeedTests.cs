using NodaTime;
using Scheduler.Api.Features.Calendar;
using Snapshooter.Xunit;

namespace Scheduler.Tests.Api;

public sealed class CalendarFeedTests
{
    private static readonly Instant Published = Instant.FromUtc(2026, 3, 20, 16, 30);

    /// <summary>Shifts on both sides of the switch to summer time (29 March 2026), one with a break.</summary>
    private static readonly FeedShift[] Shifts =
    [
        new(Guid.Parse("11111111-1111-4111-8111-111111111111"), new LocalDate(2026, 3, 28), new LocalTime(9, 0), new LocalTime(17, 0),
            new LocalTime(12, 30), new LocalTime(13, 15), "phone", Published),
        new(Guid.Parse("22222222-2222-4222-8222-222222222222"), new LocalDate(2026, 3, 30), new LocalTime(14, 0), new LocalTime(20, 0),
            null, null, "phone", Published),
    ];

    [Fact]
    public void Build_TwoShiftsAroundDaylightSaving_MatchesSnapshot() =>
        Snapshot.Match(CalendarFeed.Build("Camille Martin", Shifts));

    [Fact]
    public void Build_TwoShifts_OneEventEachWithStableUidsAndParisTimes()
    {
        var text = CalendarFeed.Build("Camille Martin", Shifts);

        Assert.Equal(2, CountOf(text, "BEGIN:VEVENT"));
        Assert.Contains("UID:11111111-1111-4111-8111-111111111111@3133-scheduler", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20260328T090000", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Paris:20260330T200000", text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20260320T163000Z", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("12:30–13:15", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameShiftsTwice_GivesTheSameText() =>
        Assert.Equal(CalendarFeed.Build("A", Shifts), CalendarFeed.Build("A", [.. Shifts.Reverse()]));

    private static int CountOf(string text, string value) =>
        text.Split('\n').Count(l => l.TrimEnd('\r') == value);
}
