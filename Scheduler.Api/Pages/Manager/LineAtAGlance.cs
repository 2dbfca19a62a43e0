using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Pages.Manager;

/// <summary>One day of the line: calls offered, the share answered within target and the share abandoned (all channels).</summary>
public sealed record LineDay(LocalDate Date, int Offered, double? ServiceLevel, double? Abandonment)
{
    public bool BelowTarget => ServiceLevel < ChannelSettings.Default.ServiceLevelGoal;

    public bool AbandonmentAbove => Abandonment > ChannelSettings.Default.MaxAbandonmentRate;
}

/// <summary>Yesterday's and today's calls, and when the latest call stored was offered (<see cref="Features.Quality.CallFreshness"/>).</summary>
public sealed record LineGlance(LineDay Yesterday, LineDay Today, Instant? LatestCall);

/// <summary>
/// Yesterday's and today's calls on the managers' home, from the half-hours the SLA job stores every 15 minutes: the
/// morning's first glance, before the quality dashboard.
/// </summary>
public static class LineAtAGlance
{
    public static async Task<LineGlance> OfAsync(SchedulerDbContext db, LocalDate today, CancellationToken ct)
    {
        var yesterday = today.PlusDays(-1);
        var rows = await db.SlaIntervals.AsNoTracking()
            .Where(i => i.Channel == QualityCounts.AllChannels && i.Date >= yesterday && i.Date <= today)
            .ToListAsync(ct);
        LineDay Day(LocalDate date)
        {
            var counts = ServiceLevelCounts.Sum(rows.Where(r => r.Date == date).Select(r => r.ToCounts()));
            return new LineDay(date, counts.Offered, counts.ServiceLevel, counts.AbandonmentRate);
        }

        return new LineGlance(Day(yesterday), Day(today), await Features.Quality.CallFreshness.LatestOfferedAsync(db, ct));
    }
}
