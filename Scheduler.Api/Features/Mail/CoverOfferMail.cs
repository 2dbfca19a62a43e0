using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// A shift offered to volunteers (<see cref="Rotas.CoverOffers"/>) reaches each person who could take it, with the
/// manager's note and the link to answer; queued in the offer's own SaveChanges (see <see cref="MailOutbox"/>).
/// </summary>
public sealed class CoverOfferMail(MailOutbox outbox)
{
    /// <summary>Where people see the offers they could take and volunteer.</summary>
    public const string OffersPath = "/mes-horaires/a-pourvoir";

    /// <summary>Queues one message per person with an open account; answers how many.</summary>
    public async Task<int> QueueAsync(CoverOfferEntity offer, AssignmentEntity shift, IReadOnlyList<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(shift);
        var recipients = await outbox.RecipientsAsync(people, ct);
        foreach (var person in recipients)
        {
            outbox.Queue(MailKind.CoverOffered, person.Email, MailTexts.CoverOffered(person.Name, shift.ToDomain(), offer.Note, outbox.PublicUrl + OffersPath));
        }

        return recipients.Count;
    }

    /// <summary>
    /// The offer closed (given to someone else, or withdrawn): to those who volunteered and did not get it, so they do
    /// not keep the day free for nothing.
    /// </summary>
    public async Task QueueClosedAsync(CoverOfferEntity offer, AssignmentEntity shift, IReadOnlyList<Guid> volunteers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(shift);
        var link = outbox.PublicUrl + RotaPublishedMail.SchedulePath;
        foreach (var person in await outbox.RecipientsAsync(volunteers, ct))
        {
            outbox.Queue(MailKind.CoverOffered, person.Email, MailTexts.CoverClosed(person.Name, shift.ToDomain(), offer.Status == CoverOfferStatus.Filled, link));
        }
    }
}
