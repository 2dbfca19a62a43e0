using NodaTime;

namespace Scheduler.Solver.Quality;

/// <summary>Service-level counts of one half-hour; <see cref="Channel"/> null means all channels together.</summary>
public sealed record IntervalStatistics(HalfHour Interval, CallChannel? Channel, ServiceLevelCounts Counts);

/// <summary>Service-level counts of one day, week or month; <see cref="Channel"/> null means all channels together.</summary>
public sealed record PeriodStatistics(PeriodKind Kind, LocalDate Start, CallChannel? Channel, ServiceLevelCounts Counts);

/// <summary>
/// Computes service-level counts from call records. A call belongs to the local half-hour (and so the local day, week
/// and month) in which it was <b>offered</b>; only occupancy follows the listener's time, clipped to each half-hour.
/// </summary>
public sealed class ServiceLevelCalculator(ServiceLevelSettings settings, DateTimeZone zone)
{
    /// <summary>
    /// Counts for each of <paramref name="halfHours"/> (empty ones included), for one channel or, when
    /// <paramref name="channel"/> is null, all channels. Calls offered outside the half-hours are ignored.
    /// </summary>
    /// <param name="onDutyListenerSeconds">Listener-seconds on duty per half-hour start (for occupancy); missing means 0.
    /// Per-channel rows get the same on-duty time, so a channel's occupancy is its share of all listener time:
    /// never add rows of different channels together; use the all-channel row for totals.</param>
    public IReadOnlyList<IntervalStatistics> Intervals(
        IEnumerable<CallRecord> calls,
        IReadOnlyList<HalfHour> halfHours,
        CallChannel? channel = null,
        IReadOnlyDictionary<Instant, double>? onDutyListenerSeconds = null)
    {
        var index = new Dictionary<Instant, int>(halfHours.Count);
        var counts = new ServiceLevelCounts[halfHours.Count];
        for (var i = 0; i < halfHours.Count; i++)
        {
            index[halfHours[i].Start] = i;
            var onDuty = onDutyListenerSeconds is not null && onDutyListenerSeconds.TryGetValue(halfHours[i].Start, out var s) ? s : 0;
            counts[i] = ServiceLevelCounts.Zero with { OnDutyListenerSeconds = onDuty };
        }

        foreach (var call in calls)
        {
            if (channel is { } only && call.Channel != only)
            {
                continue;
            }

            if (index.TryGetValue(HalfHour.Containing(call.OfferedAt, zone).Start, out var offeredIn))
            {
                counts[offeredIn] += ServiceLevelCounts.Of(call, settings.For(call.Channel));
            }

            if (call.AnsweredAt is { } answered)
            {
                AddHandledTime(answered, call.EndedAt, index, counts);
            }
        }

        return [.. halfHours.Select((h, i) => new IntervalStatistics(h, channel, counts[i]))];
    }

    /// <summary>Counts for every half-hour of the local dates <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public IReadOnlyList<IntervalStatistics> ForDates(
        IEnumerable<CallRecord> calls,
        LocalDate from,
        LocalDate to,
        CallChannel? channel = null,
        IReadOnlyDictionary<Instant, double>? onDutyListenerSeconds = null)
    {
        var halfHours = HalfHour.Between(from.AtStartOfDayInZone(zone).ToInstant(), to.PlusDays(1).AtStartOfDayInZone(zone).ToInstant(), zone);
        return Intervals(calls, halfHours, channel, onDutyListenerSeconds);
    }

    /// <summary>Sums half-hour rows into days, weeks (Monday first) or months, per channel key, in date order.</summary>
    public static IReadOnlyList<PeriodStatistics> Roll(IEnumerable<IntervalStatistics> intervals, PeriodKind kind) =>
    [
        .. intervals
            .GroupBy(i => (Start: Periods.StartOf(kind, i.Interval.Date), i.Channel))
            .Select(g => new PeriodStatistics(kind, g.Key.Start, g.Key.Channel, ServiceLevelCounts.Sum(g.Select(i => i.Counts))))
            .OrderBy(p => p.Start)
            .ThenBy(p => p.Channel.HasValue ? (int)p.Channel.Value : -1),
    ];

    /// <summary>Spreads a call's answered→ended time over the half-hours it overlaps.</summary>
    private void AddHandledTime(Instant answered, Instant ended, Dictionary<Instant, int> index, ServiceLevelCounts[] counts)
    {
        for (var start = HalfHour.Containing(answered, zone).Start; start < ended; start += HalfHour.Length)
        {
            if (!index.TryGetValue(start, out var i))
            {
                continue;
            }

            var from = answered > start ? answered : start;
            var end = start + HalfHour.Length;
            var to = ended < end ? ended : end;
            counts[i] = counts[i] with { HandledSecondsInInterval = counts[i].HandledSecondsInInterval + (to - from).TotalSeconds };
        }
    }
}
