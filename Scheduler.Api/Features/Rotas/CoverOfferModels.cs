using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Rotas;

/// <summary>The manager's word to the people a shift is offered to.</summary>
public sealed record CoverOfferRequest(string? Note);

public sealed record CoverVolunteerResponse(Guid StaffId, string Name, Instant At);

/// <summary>
/// An offered shift as managers see it: the shift and its holder, the note, its state, who volunteered (first come first),
/// and, once offered, how many people were e-mailed (<c>Told</c>; null when read later).
/// </summary>
public sealed record CoverOfferResponse(
    Guid Id, Guid ShiftId, Guid RotaId, Guid HolderId, string HolderName, LocalDate Date, LocalTime Start, LocalTime End, string? Note,
    CoverOfferStatus Status, Instant CreatedAt, string CreatedBy, IReadOnlyList<CoverVolunteerResponse> Volunteers, int? Told = null);

/// <summary>An offered shift as a person who could take it sees it (not whose it is: that is the managers' business).</summary>
public sealed record MyCoverOfferResponse(Guid Id, LocalDate Date, LocalTime Start, LocalTime End, LocalTime? BreakStart, LocalTime? BreakEnd, string? Note, bool Volunteered);

/// <summary>An open offer with its shift (on a published rota, today or later) and its holder's name.</summary>
public sealed record OpenCoverOffer(CoverOfferEntity Offer, AssignmentEntity Shift, string HolderName)
{
    public CoverOfferResponse ToResponse(IReadOnlyDictionary<Guid, string> names, int? told = null) => new(
        Offer.Id, Shift.Id, Shift.RotaId, Shift.StaffId, HolderName, Shift.Date, Shift.Start, Shift.End, Offer.Note, Offer.Status, Offer.CreatedAt,
        Offer.CreatedBy, [.. Offer.Volunteers.OrderBy(v => v.At).Select(v => new CoverVolunteerResponse(v.StaffId, names.GetValueOrDefault(v.StaffId) ?? "", v.At))], told);
}
