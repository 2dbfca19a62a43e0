using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>What time-off and swap requests share: whose they are and where they stand.</summary>
public interface IRequestEntity
{
    Guid Id { get; }

    Guid StaffId { get; }

    RequestStatus Status { get; set; }

    Instant? DecidedAt { get; set; }

    string? DecidedBy { get; set; }
}
