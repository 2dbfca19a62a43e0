using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>The SLA job's stores on the service database: watermark, call records, half-hour statistics and period reports.</summary>
public sealed class SlaDbStores(SchedulerDbContext db, IClock clock) : IJobWatermarkStore, ICallRecordSource, ISlaIntervalStore, ISlaReportStore
{
    public async Task<Instant?> GetAsync(string job, CancellationToken cancellationToken) =>
        (await db.JobWatermarks.AsNoTracking().FirstOrDefaultAsync(w => w.Job == job, cancellationToken))?.ProcessedUntil;

    public async Task SetAsync(string job, Instant processedUntil, CancellationToken cancellationToken)
    {
        var row = await db.JobWatermarks.FirstOrDefaultAsync(w => w.Job == job, cancellationToken);
        if (row is null)
        {
            db.JobWatermarks.Add(new JobWatermarkEntity { Job = job, ProcessedUntil = processedUntil });
        }
        else
        {
            row.ProcessedUntil = processedUntil;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CallRecord>> OfferedBetweenAsync(Instant start, Instant until, CancellationToken cancellationToken)
    {
        var rows = await db.CallRecords.AsNoTracking()
            .Where(c => c.OfferedAt >= start && c.OfferedAt < until)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToDomain())];
    }

    /// <summary>Rows with all counts 0 are only written to overwrite a stored row; otherwise absence means zero.</summary>
    public async Task UpsertAsync(IReadOnlyList<IntervalStatistics> intervals, CancellationToken cancellationToken)
    {
        if (intervals.Count == 0)
        {
            return;
        }

        var first = intervals.Min(i => i.Interval.Start);
        var last = intervals.Max(i => i.Interval.Start);
        var existing = await db.SlaIntervals.Where(i => i.Start >= first && i.Start <= last).ToListAsync(cancellationToken);
        var byKey = existing.ToDictionary(e => (e.Start, e.Channel));
        foreach (var row in intervals)
        {
            var key = (row.Interval.Start, QualityCounts.KeyOf(row.Channel));
            if (!byKey.TryGetValue(key, out var entity))
            {
                if (row.Counts == ServiceLevelCounts.Zero)
                {
                    // An absent row reads as zero everywhere; most half-hours of most channels are empty (nights, quiet channels).
                    continue;
                }

                entity = new IntervalStatisticsEntity
                {
                    Start = row.Interval.Start,
                    Channel = key.Item2,
                    Date = row.Interval.Date,
                    LocalStart = row.Interval.LocalStart,
                };
                db.SlaIntervals.Add(entity);
                byKey[key] = entity;
            }

            entity.SetCounts(row.Counts);
        }

        await db.SaveChangesAsync(cancellationToken);
        // A catch-up stores thousands of rows through one context: stop tracking them, or every later save scans them all.
        foreach (var entity in byKey.Values)
        {
            db.Entry(entity).State = EntityState.Detached;
        }
    }

    async Task<IReadOnlyList<IntervalStatistics>> ISlaIntervalStore.GetAsync(Instant start, Instant until, CancellationToken cancellationToken)
    {
        var rows = await db.SlaIntervals.AsNoTracking()
            .Where(i => i.Start >= start && i.Start < until)
            .OrderBy(i => i.Start)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new IntervalStatistics(new HalfHour(r.Start, r.Date, r.LocalStart), QualityCounts.ChannelOf(r.Channel), r.ToCounts()))];
    }

    public async Task SaveAsync(IReadOnlyList<PeriodStatistics> reports, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        foreach (var report in reports)
        {
            var kind = report.Kind.ToString();
            var channel = QualityCounts.KeyOf(report.Channel);
            var entity = await db.SlaReports.FirstOrDefaultAsync(
                r => r.Kind == kind && r.Start == report.Start && r.Channel == channel, cancellationToken);
            if (entity is null)
            {
                entity = new PeriodReportEntity { Kind = kind, Start = report.Start, Channel = channel };
                db.SlaReports.Add(entity);
            }

            entity.SetCounts(report.Counts);
            entity.ComputedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
