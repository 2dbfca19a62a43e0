using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>
/// A published shift a manager offered to whoever could take it (a cover to find): listeners say they volunteer, the
/// manager gives it to one of them. Open until the shift is given (<see cref="CoverOfferStatus.Filled"/>) or the offer withdrawn.
/// </summary>
public sealed class CoverOfferEntity
{
    public Guid Id { get; set; }

    public Guid AssignmentId { get; set; }

    /// <summary>The manager's word to the people asked ("Lina est malade, qui peut venir ?").</summary>
    public string? Note { get; set; }

    public CoverOfferStatus Status { get; set; }

    public Instant CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public Instant? ClosedAt { get; set; }

    public List<CoverVolunteerEntity> Volunteers { get; set; } = [];
}

public enum CoverOfferStatus
{
    Open,
    Filled,
    Withdrawn,
}
