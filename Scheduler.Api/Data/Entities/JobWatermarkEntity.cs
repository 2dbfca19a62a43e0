using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>How far a job has processed (the SLA job: every half-hour before <see cref="ProcessedUntil"/> is stored).</summary>
public sealed class JobWatermarkEntity
{
    public required string Job { get; set; }

    public Instant ProcessedUntil { get; set; }
}
