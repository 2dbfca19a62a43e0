using NodaTime;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Tests.Forecasting;

public sealed class Line3133DefaultsTests
{
    private static readonly WeeklyDemandProfile Profile = Line3133Defaults.Profile;

    [Fact]
    public void Profile_Week_CarriesAbout1150Calls()
    {
        // 60,000 calls a year (the announcement) over 365.25 / 7 weeks.
        Assert.Equal(60_000 * 7 / 365.25, Profile.WeeklyTotal, 6);
        Assert.InRange(Profile.WeeklyTotal, 1_140, 1_160);
    }

    [Fact]
    public void Profile_DatesOfAYear_SumToAbout60000Calls()
    {
        var first = new LocalDate(2027, 1, 1);
        var year = Enumerable.Range(0, 365).Select(first.PlusDays).Sum(date => Profile.DailyTotal(date.DayOfWeek));

        // A 365-day year starting on a Friday has one extra Friday: the total stays within 0.3 % of 60,000 × 365 / 365.25.
        Assert.InRange(year, 60_000 * 365 / 365.25 * 0.997, 60_000 * 365 / 365.25 * 1.003);
    }

    [Fact]
    public void Profile_CallsOnlyDuringOpeningHours()
    {
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            for (var slot = 0; slot < WeeklyDemandProfile.SlotsPerDay; slot++)
            {
                var start = WeeklyDemandProfile.SlotStart(slot);
                var open = start >= new LocalTime(9, 0) && start < new LocalTime(20, 0);
                Assert.Equal(open, Profile.CallsAt(day, start) > 0);
            }
        }
    }

    [Fact]
    public void Profile_Shape_FollowsStatedAssumptions()
    {
        // 22 half-hours from 09:00 to 19:30 and 7 weekday weights; Monday busiest, weekend quietest.
        Assert.Equal(22, Line3133Defaults.IntradayWeights.Count);
        Assert.Equal(7, Line3133Defaults.WeekdayWeights.Count);
        Assert.True(Profile.DailyTotal(IsoDayOfWeek.Monday) > Profile.DailyTotal(IsoDayOfWeek.Friday));
        Assert.True(Profile.DailyTotal(IsoDayOfWeek.Friday) > Profile.DailyTotal(IsoDayOfWeek.Sunday));
        Assert.True(Profile.CallsAt(IsoDayOfWeek.Monday, new LocalTime(14, 30)) > Profile.CallsAt(IsoDayOfWeek.Monday, new LocalTime(13, 0)));
        Assert.True(Profile.CallsAt(IsoDayOfWeek.Monday, new LocalTime(11, 0)) > Profile.CallsAt(IsoDayOfWeek.Monday, new LocalTime(9, 0)));
    }

    [Fact]
    public void PhoneChannel_Defaults_AreTheDesignCardFigures()
    {
        var phone = Line3133Defaults.PhoneChannel;

        Assert.Equal(900, phone.DefaultAhtSeconds);
        Assert.Equal((0.8, 60.0, 0.10), (phone.Targets.ServiceLevel, phone.Targets.AnswerWithinSeconds, phone.Targets.MaxAbandonment!.Value));
        Assert.Equal(1, phone.ConcurrentSessions);
    }
}
