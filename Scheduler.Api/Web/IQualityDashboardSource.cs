using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>
/// Service-level figures for the quality lead's dashboard. The page works without it (it then says that no call data is
/// available yet); the call-import and SLA-report service registers an implementation fed by its stored half-hour statistics.
/// </summary>
public interface IQualityDashboardSource
{
    Task<QualityDashboard> GetAsync(QualityRange range, LocalDate today, CancellationToken cancellationToken);
}

/// <summary>The periods the dashboard offers: today so far (per half-hour), the last 7 days (per day), the last 12 months (per month).</summary>
public enum QualityRange
{
    Today,
    Last7Days,
    Last12Months,
}

/// <summary>
/// One point of a chart: a label ("14:30", "24/11", "11/2026"), calls offered, the share answered within the target
/// time and the share abandoned (0–1), and the average speed of answer in seconds. Null when no call was offered.
/// </summary>
public sealed record QualityPoint(string Label, int Offered, double? ServiceLevel, double? Abandonment, double? AverageSpeedOfAnswerSeconds)
{
    /// <summary>The service level the published rota predicted for the point's half-hours (0–1); null where no published rota expected calls.</summary>
    public double? Predicted { get; init; }

    /// <summary>The abandonment the published rota predicted (Erlang A, once callers' patience is known: see <see cref="Features.Quality.RecentCallerPatience"/>); null otherwise.</summary>
    public double? PredictedAbandonment { get; init; }
}

/// <summary>Targets the lines are drawn against (DESIGN.md defaults: 80 % within 60 s, abandonment at most 10 %).</summary>
public sealed record QualityTargets(double ServiceLevel, double MaxAbandonment, double AnswerWithinSeconds);

/// <summary><see cref="OverTime"/> follows the range; <see cref="PerHalfHour"/> averages the range per half-hour of the opening day.</summary>
public sealed record QualityDashboard(IReadOnlyList<QualityPoint> OverTime, IReadOnlyList<QualityPoint> PerHalfHour, QualityTargets Targets);
