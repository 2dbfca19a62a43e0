using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>A stored day, week or month report (kind, first date, channel key), written by the nightly report job.</summary>
public sealed class PeriodReportEntity : QualityCounts
{
    /// <summary><c>Day</c>, <c>Week</c> or <c>Month</c>.</summary>
    public required string Kind { get; set; }

    public LocalDate Start { get; set; }

    public Instant ComputedAt { get; set; }
}
