using NodaTime;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Tests.Forecasting;

public sealed class HistoryForecasterTests
{
    // Target week: Monday 6 April 2026. Week 1 before it: 30 March – 5 April (CEST, UTC+2). Week 2: 23 – 29 March, whose
    // Sunday is the spring-forward day (02:00 CET → 03:00 CEST at 01:00 UTC). Weights with decay 0.5: 1 and 0.5.
    private static readonly LocalDate TargetWeek = new(2026, 4, 6);
    private static readonly ForecastOptions TwoWeeksHalving = new(Weeks: 2, RecencyDecay: 0.5);
    private static readonly Interval AllRecorded = new(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 4, 6, 0, 0));

    private static readonly Instant[] History =
    [
        .. Repeat(Instant.FromUtc(2026, 3, 30, 8, 10), 3),  // Monday 30 March 10:10 CEST
        Instant.FromUtc(2026, 4, 5, 8, 5),                 // Sunday 5 April 10:05 CEST
        .. Repeat(Instant.FromUtc(2026, 3, 23, 9, 20), 6),  // Monday 23 March 10:20 CET
        .. Repeat(Instant.FromUtc(2026, 3, 29, 8, 0), 4),   // Sunday 29 March 10:00 CEST (09:00 if read as CET)
        Instant.FromUtc(2026, 3, 29, 0, 45),               // Sunday 29 March 01:45 CET, before the switch
        Instant.FromUtc(2026, 3, 29, 1, 45),               // Sunday 29 March 03:45 CEST, after it
        Instant.FromUtc(2026, 3, 16, 9, 0),                // week 3: outside the two weeks
        Instant.FromUtc(2026, 4, 6, 8, 0),                 // the target week itself: not history
    ];

    [Fact]
    public void Forecast_TwoWeeksWithDecayHalf_WeightsRecentWeekDouble()
    {
        var forecast = HistoryForecaster.Forecast(History, AllRecorded, TargetWeek, TwoWeeksHalving);

        var profile = forecast.Profile;
        Assert.Equal((3 + (0.5 * 6)) / 1.5, profile.CallsAt(IsoDayOfWeek.Monday, new LocalTime(10, 0)), 12);
        Assert.Equal((1 + (0.5 * 4)) / 1.5, profile.CallsAt(IsoDayOfWeek.Sunday, new LocalTime(10, 0)), 12);
        Assert.Equal(0.5 / 1.5, profile.CallsAt(IsoDayOfWeek.Sunday, new LocalTime(1, 30)), 12);
        Assert.Equal(0.5 / 1.5, profile.CallsAt(IsoDayOfWeek.Sunday, new LocalTime(3, 30)), 12);
        Assert.Equal((4 + (0.5 * 12)) / 1.5, profile.WeeklyTotal, 12);
        Assert.Equal([new LocalDate(2026, 3, 30), new LocalDate(2026, 3, 23)], forecast.WeeksUsed);
    }

    [Fact]
    public void Forecast_DaylightSavingSunday_PlacesCallsByLocalTime()
    {
        var profile = HistoryForecaster.Forecast(History, AllRecorded, TargetWeek, TwoWeeksHalving).Profile;

        // 08:00 UTC on 29 March is 10:00 in Paris (summer time began at 01:00 UTC that night), not 09:00.
        Assert.Equal(0, profile.CallsAt(IsoDayOfWeek.Sunday, new LocalTime(9, 0)));
        Assert.Equal(0, profile.CallsAt(IsoDayOfWeek.Sunday, new LocalTime(2, 30)));
    }

    [Fact]
    public void Forecast_FallBackNight_CountsBothPassesOfTheRepeatedHourInOneSlot()
    {
        // Sunday 25 October 2026: 00:30 UTC is 02:30 CEST and 01:30 UTC is 02:30 CET.
        Instant[] calls = [Instant.FromUtc(2026, 10, 25, 0, 30), Instant.FromUtc(2026, 10, 25, 1, 30)];
        var recorded = new Interval(Instant.FromUtc(2026, 10, 1, 0, 0), Instant.FromUtc(2026, 11, 1, 0, 0));

        var profile = HistoryForecaster.Forecast(calls, recorded, new LocalDate(2026, 10, 26), new ForecastOptions(Weeks: 1)).Profile;

        Assert.Equal(2, profile.CallsAt(IsoDayOfWeek.Sunday, new LocalTime(2, 30)));
    }

    [Fact]
    public void Forecast_PlainAverage_WeighsWeeksEqually()
    {
        var profile = HistoryForecaster.Forecast(History, AllRecorded, TargetWeek, new ForecastOptions(Weeks: 2, RecencyDecay: 1)).Profile;

        Assert.Equal((3 + 6) / 2.0, profile.CallsAt(IsoDayOfWeek.Monday, new LocalTime(10, 0)), 12);
    }

    [Fact]
    public void Forecast_OlderWeekOnlyPartlyRecorded_LeavesItOut()
    {
        // Records from Wednesday 25 March: week 2 is incomplete and would read as a quiet week.
        var recorded = new Interval(Instant.FromUtc(2026, 3, 25, 0, 0), Instant.FromUtc(2026, 4, 6, 0, 0));

        var forecast = HistoryForecaster.Forecast(History, recorded, TargetWeek, TwoWeeksHalving);

        Assert.Equal([new LocalDate(2026, 3, 30)], forecast.WeeksUsed);
        Assert.Equal(3, forecast.Profile.CallsAt(IsoDayOfWeek.Monday, new LocalTime(10, 0)), 12);
    }

    [Fact]
    public void Forecast_NoWholeWeekRecorded_FallsBackToThe3133Default()
    {
        var recorded = new Interval(Instant.FromUtc(2026, 4, 1, 0, 0), Instant.FromUtc(2026, 4, 6, 0, 0));

        var forecast = HistoryForecaster.Forecast(History, recorded, TargetWeek, TwoWeeksHalving);

        Assert.False(forecast.IsFromHistory);
        Assert.Same(Line3133Defaults.Profile, forecast.Profile);
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(2, 0.0)]
    [InlineData(2, 1.5)]
    public void Forecast_InvalidOptions_Throws(int weeks, double decay) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoryForecaster.Forecast(History, AllRecorded, TargetWeek, new ForecastOptions(weeks, decay)));

    private static IEnumerable<Instant> Repeat(Instant instant, int count) => Enumerable.Repeat(instant, count);
}
