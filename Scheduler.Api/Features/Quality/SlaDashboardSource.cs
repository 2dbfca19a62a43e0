using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Reporting;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// The quality lead's dashboard from the stored half-hour statistics (all channels): today per half-hour, the last 7
/// whole days per day, the last 12 months (this one included) per month, and each range averaged per half-hour. Each
/// point carries what the published rotas predicted for it (<see cref="PredictedServiceLevels"/>), over the same half-hours.
/// </summary>
public sealed class SlaDashboardSource(SchedulerDbContext db, PredictedServiceLevels predictions) : IQualityDashboardSource
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
        var predicted = await predictions.GetAsync(from, to, cancellationToken);

        IReadOnlyList<QualityPoint> overTime = range switch
        {
            QualityRange.Today => PerHalfHour(rows, predicted),
            QualityRange.Last7Days => Points(rows, predicted, (date, _) => date, d => d.ToString("dd/MM", CultureInfo.InvariantCulture)),
            _ => Points(rows, predicted, (date, _) => new LocalDate(date.Year, date.Month, 1), d => d.ToString("MM/yyyy", CultureInfo.InvariantCulture)),
        };
        var goal = ChannelSettings.Default;
        return new QualityDashboard(overTime, PerHalfHour(rows, predicted), new QualityTargets(goal.ServiceLevelGoal, goal.MaxAbandonmentRate, goal.Target.TotalSeconds));
    }

    private static List<QualityPoint> PerHalfHour(List<IntervalStatisticsEntity> rows, IReadOnlyList<SlotServiceLevel> predicted) =>
        Points(rows, predicted, (_, start) => start, t => t.ToString("HH:mm", CultureInfo.InvariantCulture));

    /// <summary>The stored half-hours grouped by <paramref name="key"/> (of their local date and start), each with the prediction of its own group.</summary>
    private static List<QualityPoint> Points<TKey>(
        List<IntervalStatisticsEntity> rows, IReadOnlyList<SlotServiceLevel> predicted, Func<LocalDate, LocalTime, TKey> key, Func<TKey, string> label)
        where TKey : notnull
    {
        var predictedBy = predicted.ToLookup(p => key(p.Date, p.Start));
        return
        [
            .. rows.GroupBy(r => key(r.Date, r.LocalStart)).OrderBy(g => g.Key).Select(g =>
            {
                var counts = ServiceLevelCounts.Sum(g.Select(r => r.ToCounts()));
                return new QualityPoint(label(g.Key), counts.Offered, counts.ServiceLevel, counts.AbandonmentRate, counts.AverageSpeedOfAnswerSeconds)
                {
                    Predicted = ServiceLevelForecast.Overall(predictedBy[g.Key]),
                    PredictedAbandonment = ServiceLevelForecast.OverallAbandonment(predictedBy[g.Key]),
                };
            }),
        ];
    }
}
