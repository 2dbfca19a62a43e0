using NodaTime;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>Settings of the service-level job.</summary>
public sealed record SlaComplianceOptions
{
    /// <summary>On the very first run (no watermark yet), how far back to compute.</summary>
    public Duration InitialLookback { get; init; } = Duration.FromDays(1);

    /// <summary>
    /// Longest catch-up after downtime; older half-hours are left out and the run says from when. Bounds the work of one run.
    /// </summary>
    public Duration MaxCatchUp { get; init; } = Duration.FromDays(62);

    /// <summary>A day's running rates raise a breach only once this many calls count in the denominator (one early miss is not a trend).</summary>
    public int MinimumCallsForBreach { get; init; } = 20;

    public ServiceLevelSettings ServiceLevels { get; init; } = ServiceLevelSettings.Default;

    public static SlaComplianceOptions Default { get; } = new();
}

/// <summary>What one run did.</summary>
/// <param name="From">Start of the first half-hour computed (inclusive).</param>
/// <param name="To">End of the last half-hour computed (exclusive); the new watermark.</param>
/// <param name="SkippedBefore">Set when the downtime exceeded <see cref="SlaComplianceOptions.MaxCatchUp"/>: half-hours from the old watermark up to <see cref="From"/> were not computed.</param>
public sealed record SlaRunResult(Instant From, Instant To, int HalfHoursComputed, int AlertsRaised, Instant? SkippedBefore);
