using NodaTime;
using Scheduler.Solver.Benchmarks.Forecasting;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Tests.Forecasting;

public sealed class IntradayPoolingTests
{
    private static readonly IsoDayOfWeek[] Week = [.. Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d)];

    /// <summary>A profile from per-day arrays of 48 half-hours (Monday first).</summary>
    private static WeeklyDemandProfile Profile(Func<IsoDayOfWeek, int, double> calls) =>
        new(Week.SelectMany(day => Enumerable.Range(0, WeeklyDemandProfile.SlotsPerDay).Select(slot => calls(day, slot))));

    private static double At(WeeklyDemandProfile profile, IsoDayOfWeek day, int slot) => profile.CallsAt(day, WeeklyDemandProfile.SlotStart(slot));

    /// <summary>Open 09:00–20:00 (half-hours 18 to 39): 8 calls a half-hour on weekdays, 5 at the weekend, Monday's 10:00 spiking.</summary>
    private static double Few(IsoDayOfWeek day, int slot) =>
        slot is < 18 or >= 40 ? 0 : day == IsoDayOfWeek.Monday && slot == 20 ? 20 : day >= IsoDayOfWeek.Saturday ? 5 : 8;

    [Fact]
    public void Apply_EachDayKeepsItsTotal_AndTheLineStaysClosedWhereItWas()
    {
        var raw = Profile(Few);

        var pooled = IntradayPooling.Apply(raw, 4);

        Assert.All(Week, day => Assert.Equal(raw.DailyTotal(day), pooled.DailyTotal(day), 9));
        Assert.All(Week, day => Assert.All(Enumerable.Range(0, 48).Where(s => s is < 18 or >= 40), s => Assert.Equal(0, At(pooled, day, s))));
        Assert.All(Week, day => Assert.All(Enumerable.Range(18, 22), s => Assert.True(At(pooled, day, s) > 0, $"{day} {s}")));
    }

    [Fact]
    public void Apply_FewCalls_ASpikeOfOneDaySpreadsOverItsNeighboursAndTheOtherDays()
    {
        var pooled = IntradayPooling.Apply(Profile(Few), 4);

        // Monday's 20 calls at 10:00 (4 weeks: 80) rest on too few calls to stand: most of them go to its neighbours'
        // half-hours and, through the weekdays' shared shape, to the other weekdays' 10:00.
        Assert.InRange(At(pooled, IsoDayOfWeek.Monday, 20), 8.5, 12);
        Assert.True(At(pooled, IsoDayOfWeek.Monday, 19) > 8.2 && At(pooled, IsoDayOfWeek.Monday, 21) > 8.2);
        Assert.True(At(pooled, IsoDayOfWeek.Tuesday, 20) > At(pooled, IsoDayOfWeek.Tuesday, 30));
        // The weekend has its own shape: flat, whatever Monday does.
        Assert.Equal(At(pooled, IsoDayOfWeek.Saturday, 25), At(pooled, IsoDayOfWeek.Saturday, 20), 9);
    }

    [Fact]
    public void Apply_ADayOpenShorter_KeepsItsCallsInsideItsHours()
    {
        // Friday closes at 14:00 (half-hour 28): its calls stay before, spread as the weekdays' mornings are.
        var raw = Profile((day, slot) => day == IsoDayOfWeek.Friday && slot >= 28 ? 0 : Few(day, slot));

        var pooled = IntradayPooling.Apply(raw, 4);

        Assert.Equal(raw.DailyTotal(IsoDayOfWeek.Friday), pooled.DailyTotal(IsoDayOfWeek.Friday), 9);
        Assert.All(Enumerable.Range(28, 20), s => Assert.Equal(0, At(pooled, IsoDayOfWeek.Friday, s)));
        Assert.True(At(pooled, IsoDayOfWeek.Thursday, 30) > 0);
    }

    [Fact]
    public void Apply_ManyCalls_EachDayKeepsItsOwnShape()
    {
        // A busy line: 10,000 calls a half-hour, Monday's 10:00 at 25,000. Its own shape rests on enough calls to stand.
        var busy = Profile((day, slot) => Few(day, slot) * 1250);

        var pooled = IntradayPooling.Apply(busy, 4);

        Assert.InRange(At(pooled, IsoDayOfWeek.Monday, 20), 0.98 * 25_000, 25_000);
        Assert.InRange(At(pooled, IsoDayOfWeek.Tuesday, 30), 0.999 * 10_000, 1.001 * 10_000);
    }

    [Fact]
    public void ForecastAccuracy_Synthetic3133_PoolingHalvesTheErrorOfThePlainAverage()
    {
        // 200 weeks forecast from 4 Poisson weeks each around the default profile: the plain average strays by about 15 %
        // of the calls and 0.7 listener a half-hour; pooled, less than half of either.
        var (plain, pooled) = ForecastAccuracy.Synthetic(Line3133Defaults.Profile, 200, 1, ForecastOptions.Default);

        Assert.Equal(200, plain.Forecasts);
        Assert.InRange(plain.CallsError, 0.12, 0.18);
        Assert.InRange(plain.ListenersError, 0.5, 0.9);
        Assert.True(pooled.CallsError < plain.CallsError / 2, $"{pooled.CallsError} against {plain.CallsError}");
        Assert.True(pooled.ListenersError < plain.ListenersError / 2, $"{pooled.ListenersError} against {plain.ListenersError}");
    }

    [Fact]
    public void Forecast_ServiceOptions_PoolTheAverageOfTheWeeks()
    {
        var monday = new LocalDate(2026, 4, 6);
        var zone = Scheduler.Solver.Domain.RotaProblem.TimeZone;
        Instant At(int weeksBack, int day, int hour) => monday.PlusWeeks(-weeksBack).PlusDays(day).At(new LocalTime(hour, 15)).InZoneLeniently(zone).ToInstant();
        // Four weeks: a call every Monday at 10:15 and, the last week only, at 15:15; every Tuesday one at 10:15 and three at 15:15.
        var calls = Enumerable.Range(1, 4).SelectMany(w => new[] { At(w, 0, 10), At(w, 1, 10), At(w, 1, 15), At(w, 1, 15), At(w, 1, 15) }).Append(At(1, 0, 15)).ToList();
        var recorded = new Interval(Instant.FromUtc(2026, 1, 1, 0, 0), monday.AtStartOfDayInZone(zone).ToInstant());

        var plain = HistoryForecaster.Forecast(calls, recorded, monday, ForecastOptions.Default with { PoolIntraday = false }).Profile;
        var pooled = HistoryForecaster.Forecast(calls, recorded, monday, ForecastOptions.Default).Profile;

        // Plain: Monday 10:00 one call, 15:00 the last week's alone, weighing 1 of 2.73 (decay 0.75).
        Assert.Equal(1, plain.CallsAt(IsoDayOfWeek.Monday, new LocalTime(10, 0)), 9);
        Assert.Equal(1 / 2.734375, plain.CallsAt(IsoDayOfWeek.Monday, new LocalTime(15, 0)), 9);
        // Pooled: Monday keeps its total, spread as the weekdays' calls are (3 in 8 at 10:00, 5 in 8 at 15:00, from so
        // few calls that its own shape counts for nothing); the half-hours it had no call in stay at 0.
        Assert.Equal(plain.DailyTotal(IsoDayOfWeek.Monday), pooled.DailyTotal(IsoDayOfWeek.Monday), 9);
        Assert.InRange(pooled.CallsAt(IsoDayOfWeek.Monday, new LocalTime(15, 0)), 0.8, 0.9);
        Assert.InRange(pooled.CallsAt(IsoDayOfWeek.Monday, new LocalTime(10, 0)), 0.45, 0.55);
        Assert.Equal(0, pooled.CallsAt(IsoDayOfWeek.Monday, new LocalTime(10, 30)));
    }
}
