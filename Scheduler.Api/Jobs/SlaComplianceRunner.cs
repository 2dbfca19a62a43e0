using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>
/// The work of <see cref="SlaComplianceJob"/>: computes every finished half-hour since the watermark, stores its counts
/// (all channels and per channel), advances the watermark, and raises breaches. Runs again at the same time do nothing;
/// a run after downtime computes all missed half-hours, a day at a time. Counts are overwritten, never added, so a
/// half-hour computed twice (a crash between storing and moving the watermark) is still counted once.
/// </summary>
public sealed class SlaComplianceRunner(
    IClock clock,
    IJobWatermarkStore watermarks,
    ICallRecordSource calls,
    ISlaIntervalStore intervals,
    IStaffingSource staffing,
    IAlertSink alerts,
    SlaComplianceOptions options)
{
    public const string WatermarkName = "sla-compliance";

    private static readonly DateTimeZone Zone = RotaProblem.TimeZone;

    private readonly ServiceLevelCalculator calculator = new(options.ServiceLevels, Zone);

    public async Task<SlaRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var end = HalfHour.Containing(clock.GetCurrentInstant(), Zone).Start;
        var from = await watermarks.GetAsync(WatermarkName, cancellationToken)
            ?? HalfHour.Containing(end - options.InitialLookback, Zone).Start;
        Instant? skippedBefore = null;
        if (end - from > options.MaxCatchUp)
        {
            skippedBefore = from;
            from = HalfHour.Containing(end - options.MaxCatchUp, Zone).Start;
        }

        var computed = 0;
        var raised = 0;
        var days = new SortedSet<LocalDate>();
        for (var chunkStart = from; chunkStart < end;)
        {
            var chunkEnd = Min(chunkStart + Duration.FromDays(1), end);
            var halfHours = HalfHour.Between(chunkStart, chunkEnd, Zone);
            var offered = await calls.OfferedBetweenAsync(chunkStart, chunkEnd, cancellationToken);
            var staffed = await staffing.GetAsync(chunkStart, chunkEnd, cancellationToken);
            var onDuty = staffed.ToDictionary(s => s.Start, s => s.Actual * HalfHour.Length.TotalSeconds);

            var rows = new List<IntervalStatistics>(calculator.Intervals(offered, halfHours, null, onDuty));
            foreach (var channel in CallChannels.All)
            {
                rows.AddRange(calculator.Intervals(offered, halfHours, channel, onDuty));
            }

            await intervals.UpsertAsync(rows, cancellationToken);
            raised += await RaiseUnderstaffedAsync(staffed, cancellationToken);
            await watermarks.SetAsync(WatermarkName, chunkEnd, cancellationToken);
            computed += halfHours.Count;
            days.UnionWith(halfHours.Select(h => h.Date));
            chunkStart = chunkEnd;
        }

        foreach (var day in days)
        {
            raised += await CheckDayAsync(day, end, cancellationToken);
        }

        return new SlaRunResult(from, Max(from, end), computed, raised, skippedBefore);
    }

    /// <summary>
    /// Moves the watermark back so the next run recomputes from the half-hour of <paramref name="earliestOffered"/>:
    /// call the import with the earliest offered time of the records it inserted or replaced. Never moves it forward.
    /// </summary>
    public async Task RecomputeFromAsync(Instant earliestOffered, CancellationToken cancellationToken)
    {
        var start = HalfHour.Containing(earliestOffered, Zone).Start;
        if (await watermarks.GetAsync(WatermarkName, cancellationToken) is { } current && start < current)
        {
            await watermarks.SetAsync(WatermarkName, start, cancellationToken);
        }
    }

    /// <summary>A day's running figures (its finished half-hours so far), per channel, against the channel's goals.</summary>
    private async Task<int> CheckDayAsync(LocalDate day, Instant upTo, CancellationToken cancellationToken)
    {
        var dayStart = day.AtStartOfDayInZone(Zone).ToInstant();
        var dayEnd = Min(day.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant(), upTo);
        var rows = await intervals.GetAsync(dayStart, dayEnd, cancellationToken);
        var raised = 0;
        foreach (var group in rows.Where(r => r.Channel is not null).GroupBy(r => r.Channel!.Value))
        {
            var counts = ServiceLevelCounts.Sum(group.Select(r => r.Counts));
            if (counts.Denominator < options.MinimumCallsForBreach)
            {
                continue;
            }

            var goals = options.ServiceLevels.For(group.Key);
            var name = CallChannels.Name(group.Key);
            if (counts.ServiceLevel < goals.ServiceLevelGoal)
            {
                raised += await RaiseAsync(AlertKinds.ServiceLevel, day, group.Key,
                    AlertText.Of(t => t.ServiceLevelAlert(day, name, counts.ServiceLevel!.Value, goals.ServiceLevelGoal)),
                    cancellationToken);
            }

            if (counts.AbandonmentRate > goals.MaxAbandonmentRate)
            {
                raised += await RaiseAsync(AlertKinds.Abandonment, day, group.Key,
                    AlertText.Of(t => t.AbandonmentAlert(day, name, counts.AbandonmentRate!.Value, goals.MaxAbandonmentRate)),
                    cancellationToken);
            }
        }

        return raised;
    }

    private async Task<int> RaiseUnderstaffedAsync(IEnumerable<StaffingActual> staffed, CancellationToken cancellationToken)
    {
        var raised = 0;
        foreach (var half in staffed.Where(s => s.Actual < s.Planned))
        {
            var local = HalfHour.Containing(half.Start, Zone);
            var alert = new QualityAlert(
                $"{AlertKinds.Understaffed}:{half.Start}",
                AlertKinds.Understaffed,
                clock.GetCurrentInstant(),
                local.Date,
                AlertText.Of(t => t.UnderstaffedAlert(local.Date, local.LocalStart, half.Actual, half.Planned)));
            raised += await alerts.RaiseAsync(alert, cancellationToken) ? 1 : 0;
        }

        return raised;
    }

    private async Task<int> RaiseAsync(string kind, LocalDate day, CallChannel channel, AlertText text, CancellationToken cancellationToken)
    {
        var key = $"{kind}:{day:yyyy-MM-dd}:{CallChannels.Name(channel)}";
        var alert = new QualityAlert(key, kind, clock.GetCurrentInstant(), day, text, channel);
        return await alerts.RaiseAsync(alert, cancellationToken) ? 1 : 0;
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
