using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>A person who said they could take an offered shift (<see cref="CoverOfferEntity"/>), and when.</summary>
public sealed class CoverVolunteerEntity
{
    public Guid Id { get; set; }

    public Guid OfferId { get; set; }

    public Guid StaffId { get; set; }

    public Instant At { get; set; }
}
