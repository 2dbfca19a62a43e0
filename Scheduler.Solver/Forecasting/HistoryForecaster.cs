using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Forecasting;

/// <summary>Call history to a weekday × half-hour profile: a weighted average of the last weeks, recent weeks weighing more.</summary>
public static class HistoryForecaster
{
    /// <summary>
    /// The profile for the week starting on <paramref name="targetWeekStart"/>: each of the <see cref="ForecastOptions.Weeks"/>
    /// 7-day weeks just before it (local dates in Europe/Paris, from midnight to midnight, so a daylight-saving week lasts
    /// 167 or 169 hours) counts its arrivals per weekday × half-hour of local time; the counts are averaged with weights
    /// RecencyDecay^(i − 1), week i = 1 being the most recent. A week only partly inside <paramref name="recorded"/>
    /// is left out (its missing days would read as days without calls). With no whole week recorded, the result is
    /// <paramref name="fallback"/> (the 3133 default when null) and <see cref="DemandForecast.WeeksUsed"/> is empty.
    /// With <see cref="ForecastOptions.PoolIntraday"/>, the average then goes through <see cref="IntradayPooling"/>.
    /// </summary>
    /// <param name="arrivals">Arrival instants of the channel's calls; any order; those outside the weeks used are ignored.</param>
    /// <param name="recorded">The period the records cover completely.</param>
    public static DemandForecast Forecast(
        IEnumerable<Instant> arrivals,
        Interval recorded,
        LocalDate targetWeekStart,
        ForecastOptions options,
        WeeklyDemandProfile? fallback = null)
    {
        options.Validated();
        var zone = RotaProblem.TimeZone;
        var firstWeekStart = targetWeekStart.PlusDays(-7 * options.Weeks);
        var used = Enumerable.Range(1, options.Weeks)
            .Select(i => targetWeekStart.PlusDays(-7 * i))
            .Where(start => IsRecorded(recorded, zone.AtStartOfDay(start).ToInstant(), zone.AtStartOfDay(start.PlusDays(7)).ToInstant()))
            .ToList();
        if (used.Count == 0)
        {
            return new DemandForecast(fallback ?? Line3133Defaults.Profile, []);
        }

        var counts = Enumerable.Range(0, options.Weeks).Select(_ => new double[WeeklyDemandProfile.SlotCount]).ToArray();
        foreach (var arrival in arrivals)
        {
            var local = arrival.InZone(zone).LocalDateTime;
            var daysBack = Period.Between(local.Date, targetWeekStart, PeriodUnits.Days).Days;
            if (local.Date < firstWeekStart || daysBack <= 0)
            {
                continue;
            }

            var week = (daysBack - 1) / 7;
            counts[week][WeeklyDemandProfile.Index(local.DayOfWeek, WeeklyDemandProfile.SlotOf(local.TimeOfDay))]++;
        }

        var averaged = Average(used.Select(start => Period.Between(start, targetWeekStart, PeriodUnits.Days).Days / 7).Select(back => (back, counts[back - 1])), options.RecencyDecay);
        return new DemandForecast(options.PoolIntraday ? IntradayPooling.Apply(averaged, used.Count) : averaged, used);
    }

    /// <summary>Weeks of counts per slot averaged with weights decay^(i − 1), week i back (i = 1 the most recent).</summary>
    internal static WeeklyDemandProfile Average(IEnumerable<(int WeeksBack, double[] Counts)> weeks, double decay)
    {
        var profile = new double[WeeklyDemandProfile.SlotCount];
        var totalWeight = 0.0;
        foreach (var (back, counts) in weeks)
        {
            var weight = Math.Pow(decay, back - 1);
            totalWeight += weight;
            for (var slot = 0; slot < profile.Length; slot++)
            {
                profile[slot] += weight * counts[slot];
            }
        }

        return new WeeklyDemandProfile(profile.Select(c => c / totalWeight));
    }

    private static bool IsRecorded(Interval recorded, Instant start, Instant end) =>
        (!recorded.HasStart || recorded.Start <= start) && (!recorded.HasEnd || end <= recorded.End);
}
