using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>A stored quality alert; <see cref="Key"/> is unique, so the same fact raised twice is stored once.</summary>
public sealed class AlertEntity
{
    public Guid Id { get; set; }

    public required string Key { get; set; }

    public required string Kind { get; set; }

    public Instant RaisedAt { get; set; }

    /// <summary>The local date the alert is about.</summary>
    public LocalDate Date { get; set; }

    /// <summary>The sentence shown to people, in French.</summary>
    public required string Details { get; set; }

    /// <summary>The same sentence in English; null for alerts raised before English was stored.</summary>
    public string? DetailsEnglish { get; set; }

    public string? Channel { get; set; }

    public string? StaffId { get; set; }

    public string? AcknowledgedBy { get; set; }

    public Instant? AcknowledgedAt { get; set; }
}
