using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// A manager's answer to a request reaches the person who asked, and an approved swap the colleague whose shift
/// changed too (and a shift given to cover for someone away, its new holder): they would otherwise learn of it only by
/// opening their schedule. Queued in the decision's own
/// SaveChanges (see <see cref="MailOutbox"/>); nothing when e-mail is off or the person has no open account.
/// </summary>
public sealed class RequestDecisionMail(SchedulerDbContext db, MailOutbox outbox)
{
    /// <summary>
    /// The request's state as it now is, to the person who asked: approved or refused with the answer, or cancelled (an
    /// approved request whose absence a manager removed: they are expected at work on those days again).
    /// </summary>
    public async Task QueueTimeOffAsync(TimeOffRequestEntity request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((await outbox.RecipientsAsync([request.StaffId], ct)).SingleOrDefault() is { } person)
        {
            var link = outbox.PublicUrl + RotaPublishedMail.SchedulePath;
            var text = request.Status == RequestStatus.Cancelled
                ? MailTexts.TimeOffCancelled(person.Name, request.From, request.To, link)
                : MailTexts.TimeOffDecided(person.Name, request.From, request.To, request.Status == RequestStatus.Approved, request.Answer, link);
            outbox.Queue(MailKind.RequestDecided, person.Email, text);
        }
    }

    /// <summary>
    /// After the decision on <paramref name="request"/>: <paramref name="asked"/> is the shift the asker gave (or wanted
    /// to give), <paramref name="wanted"/> the colleague's, as they were before the swap.
    /// </summary>
    public async Task QueueSwapAsync(SwapRequestEntity request, AssignmentEntity asked, AssignmentEntity wanted, Guid colleagueId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(wanted);
        var approved = request.Status == RequestStatus.Approved;
        var people = await outbox.RecipientsAsync([request.StaffId, colleagueId], ct);
        var names = await db.Staff.AsNoTracking().Where(s => s.Id == request.StaffId || s.Id == colleagueId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var link = outbox.PublicUrl + RotaPublishedMail.SchedulePath;
        var (given, taken) = (Before(asked, request.StaffId), Before(wanted, colleagueId));
        if (people.FirstOrDefault(p => p.StaffId == request.StaffId) is { } asker)
        {
            var colleague = names.GetValueOrDefault(colleagueId, "");
            outbox.Queue(MailKind.RequestDecided, asker.Email, MailTexts.SwapDecided(asker.Name, colleague, given, taken, approved, request.Answer, link));
        }

        if (approved && people.FirstOrDefault(p => p.StaffId == colleagueId) is { } other)
        {
            var requester = names.GetValueOrDefault(request.StaffId, "");
            outbox.Queue(MailKind.RequestDecided, other.Email, MailTexts.SwapTaken(other.Name, requester, taken, given, link));
        }
    }

    /// <summary>A published shift a manager gave its new holder (<see cref="Rotas.ShiftHandover"/>): to them, so they know before the day.</summary>
    public async Task QueueShiftGivenAsync(AssignmentEntity shift, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shift);
        if ((await outbox.RecipientsAsync([shift.StaffId], ct)).SingleOrDefault() is { } person)
        {
            outbox.Queue(MailKind.RotaChanged, person.Email, MailTexts.ShiftGiven(person.Name, shift.ToDomain(), outbox.PublicUrl + RotaPublishedMail.SchedulePath));
        }
    }

    /// <summary>
    /// The same shift, to its former holder: it is no longer theirs (they are away that day, or a manager moved it), so
    /// they do not come in for it.
    /// </summary>
    public async Task QueueShiftTakenAsync(AssignmentEntity shift, Guid formerHolder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shift);
        if ((await outbox.RecipientsAsync([formerHolder], ct)).SingleOrDefault() is { } person)
        {
            outbox.Queue(MailKind.RotaChanged, person.Email, MailTexts.ShiftTaken(person.Name, shift.ToDomain(), outbox.PublicUrl + RotaPublishedMail.SchedulePath));
        }
    }

    /// <summary>The shift as it was before the swap (its person is the one who held it then).</summary>
    private static Solver.Domain.Assignment Before(AssignmentEntity shift, Guid holder) =>
        shift.ToDomain() with { StaffId = holder.ToString() };
}
