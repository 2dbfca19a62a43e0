using NodaTime;
using Scheduler.Api.Web;

namespace Scheduler.Tests.Browser;

/// <summary>Known figures for the dashboard: a week under target on Sunday and a dip at lunchtime.</summary>
public sealed class FixedQualitySource : IQualityDashboardSource
{
    public static readonly QualityTargets Targets = new(0.8, 0.1, 60);

    public Task<QualityDashboard> GetAsync(QualityRange range, LocalDate today, CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, 7).Select(i => today.PlusDays(i - 7))
            .Select((d, i) => new QualityPoint($"{d.Day:00}/{d.Month:00}", 150 + (i * 5), i == 6 ? 0.72 : 0.84, i == 6 ? 0.12 : 0.06, i == 6 ? 75 : 38))
            .ToList();
        var halfHours = Enumerable.Range(0, 22)
            .Select(i => new QualityPoint($"{9 + (i / 2):00}:{(i % 2) * 30:00}", 20, i is 7 or 8 ? 0.7 : 0.85, i is 7 or 8 ? 0.11 : 0.05, i is 7 or 8 ? 80 : 35))
            .ToList();
        return Task.FromResult(new QualityDashboard(days, halfHours, Targets));
    }
}
