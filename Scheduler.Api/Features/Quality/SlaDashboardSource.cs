using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// The quality lead's dashboard from the stored half-hour statistics (all channels): today per half-hour, the last 7
/// whole days per day, the last 12 months (this one included) per month, and each range averaged per half-hour.
/// </summary>
public sealed class SlaDashboardSource(SchedulerDbContext db) : IQualityDashboardSource
{
    public async Task<QualityDashboard> GetAsync(QualityRange range, LocalDate today, CancellationToken cancellationToken)
    {
        var (from, to) = range switch
        {
            QualityRange.Today => (today, today),
            QualityRange.Last7Days => (today.PlusDays(-7), today.PlusDays(-1)),
            _ => (new LocalDate(today.Year, today.Month, 1).PlusMonths(-11), today),
        };
        var rows = await db.SlaIntervals.AsNoTracking()
            .Where(i => i.Channel == QualityCounts.AllChannels && i.Date >= from && i.Date <= to)
            .ToListAsync(cancellationToken);

        IReadOnlyList<QualityPoint> overTime = range switch
        {
            QualityRange.Today => PerHalfHour(rows),
            QualityRange.Last7Days => Points(rows, r => r.Date, d => d.ToString("dd/MM", CultureInfo.InvariantCulture)),
            _ => Points(rows, r => new LocalDate(r.Date.Year, r.Date.Month, 1), d => d.ToString("MM/yyyy", CultureInfo.InvariantCulture)),
        };
        var goal = ChannelSettings.Default;
        return new QualityDashboard(overTime, PerHalfHour(rows), new QualityTargets(goal.ServiceLevelGoal, goal.MaxAbandonmentRate, goal.Target.TotalSeconds));
    }

    private static List<QualityPoint> PerHalfHour(List<IntervalStatisticsEntity> rows) =>
        Points(rows, r => r.LocalStart, t => t.ToString("HH:mm", CultureInfo.InvariantCulture));

    private static List<QualityPoint> Points<TKey>(List<IntervalStatisticsEntity> rows, Func<IntervalStatisticsEntity, TKey> key, Func<TKey, string> label)
        where TKey : notnull =>
        [
            .. rows.GroupBy(key).OrderBy(g => g.Key).Select(g =>
            {
                var counts = ServiceLevelCounts.Sum(g.Select(r => r.ToCounts()));
                return new QualityPoint(label(g.Key), counts.Offered, counts.ServiceLevel, counts.AbandonmentRate, counts.AverageSpeedOfAnswerSeconds);
            }),
        ];
}
