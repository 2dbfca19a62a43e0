using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Tests.Api;

/// <summary>
/// <see cref="NoticePeriod"/>: working days (Monday to Friday but public holidays) strictly between today and the
/// shift's day; fewer than owed (7 by default) is short notice.
/// </summary>
public sealed class NoticePeriodTests
{
    /// <summary>Wednesday 25 November 2026, 10:00 in Paris.</summary>
    private static readonly Instant Wednesday = Instant.FromUtc(2026, 11, 25, 9, 0);

    [Fact]
    public void SixWorkingDaysAhead_IsShort_SevenIsNot()
    {
        var notice = Notice(Wednesday);

        // Thu 26, Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 lie between today and Friday 4 December: six; Monday 7 has seven.
        Assert.Equal(6, NoticePeriod.WorkingDaysBetween(new LocalDate(2026, 11, 25), new LocalDate(2026, 12, 4)));
        Assert.True(notice.IsShort(new LocalDate(2026, 12, 4)));
        Assert.False(notice.IsShort(new LocalDate(2026, 12, 7)));
        Assert.Equal(new LocalDate(2026, 12, 4), notice.LastShortDay);
    }

    [Fact]
    public void PublicHoliday_IsNoWorkingDay()
    {
        // Tue 22, Wed 23, Thu 24, Mon 28, Tue 29, Wed 30 December: Christmas Day (a Friday) does not count.
        Assert.Equal(6, NoticePeriod.WorkingDaysBetween(new LocalDate(2026, 12, 21), new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void TodayIsShort_ThePastIsNot()
    {
        var notice = Notice(Wednesday);

        Assert.True(notice.IsShort(new LocalDate(2026, 11, 25)));
        Assert.False(notice.IsShort(new LocalDate(2026, 11, 24)));
    }

    [Fact]
    public void Configured_ThreeDaysAtLeast()
    {
        Assert.Equal(3, Notice(Wednesday, "3").WorkingDays);
        Assert.Equal(NoticePeriod.MinimumWorkingDays, Notice(Wednesday, "1").WorkingDays);
        Assert.Equal(NoticePeriod.DefaultWorkingDays, Notice(Wednesday).WorkingDays);
        // With three: Thu 26, Fri 27, Mon 30 before Tuesday 1 December.
        Assert.False(Notice(Wednesday, "3").IsShort(new LocalDate(2026, 12, 1)));
        Assert.True(Notice(Wednesday, "3").IsShort(new LocalDate(2026, 11, 30)));
    }

    private static NoticePeriod Notice(Instant now, string? days = null)
    {
        var settings = new Dictionary<string, string?>();
        if (days is not null)
        {
            settings["Scheduler:NoticeWorkingDays"] = days;
        }

        return new NoticePeriod(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new FakeClock(now));
    }
}
