using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>
/// Service-level counts of one half-hour and channel key, written (overwritten) by the SLA job. Reports of any period
/// are sums of these rows; <see cref="Date"/> is the local date of the half-hour, so a report groups without time zones.
/// </summary>
public sealed class IntervalStatisticsEntity : QualityCounts
{
    /// <summary>Start instant of the half-hour (with <see cref="QualityCounts.Channel"/>, the key).</summary>
    public Instant Start { get; set; }

    public LocalDate Date { get; set; }

    public LocalTime LocalStart { get; set; }
}
