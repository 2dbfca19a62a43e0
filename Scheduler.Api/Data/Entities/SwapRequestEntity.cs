using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>A listener's request to exchange one of their published shifts with a colleague's; approval swaps the two people.</summary>
public sealed class SwapRequestEntity : IRequestEntity
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public Guid AssignmentId { get; set; }

    public Guid OtherAssignmentId { get; set; }

    public string? Comment { get; set; }

    public RequestStatus Status { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? Answer { get; set; }
}
