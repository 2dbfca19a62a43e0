using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// A listener's new request (time off, swap) reaches the managers, who take turns and would otherwise see it only when
/// they open the requests page. Queued in the request's own SaveChanges (see <see cref="MailOutbox"/>); a manager may
/// turn it off (<see cref="MailChoices"/>).
/// </summary>
public sealed class RequestSubmittedMail(SchedulerDbContext db, MailOutbox outbox)
{
    public const string RequestsPath = "/gestion/demandes";

    public async Task<int> QueueTimeOffAsync(TimeOffRequestEntity request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!outbox.Enabled)
        {
            return 0;
        }

        var names = await NamesAsync([request.StaffId], ct);
        var text = MailTexts.TimeOffAsked(
            names.GetValueOrDefault(request.StaffId, ""), request.Kind, request.From, request.To, request.Comment, outbox.PublicUrl + RequestsPath, outbox.PublicUrl + MailChoices.PagePath);
        return await outbox.QueueToManagersAsync(MailKind.RequestSubmitted, text, ct);
    }

    /// <summary>The asker would give <paramref name="mine"/> for <paramref name="other"/>, a colleague's shift.</summary>
    public async Task<int> QueueSwapAsync(SwapRequestEntity request, AssignmentEntity mine, AssignmentEntity other, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(other);
        if (!outbox.Enabled)
        {
            return 0;
        }

        var names = await NamesAsync([request.StaffId, other.StaffId], ct);
        var text = MailTexts.SwapAsked(
            names.GetValueOrDefault(request.StaffId, ""), names.GetValueOrDefault(other.StaffId, ""), mine.ToDomain(), other.ToDomain(), request.Comment,
            outbox.PublicUrl + RequestsPath, outbox.PublicUrl + MailChoices.PagePath);
        return await outbox.QueueToManagersAsync(MailKind.RequestSubmitted, text, ct);
    }

    /// <summary>Someone offered their own published shift to colleagues (<see cref="Rotas.CoverOffers.OfferMineAsync"/>): to the managers, who give it.</summary>
    public async Task<int> QueueShiftOfferedAsync(AssignmentEntity shift, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shift);
        if (!outbox.Enabled)
        {
            return 0;
        }

        var names = await NamesAsync([shift.StaffId], ct);
        var text = MailTexts.ShiftOffered(
            names.GetValueOrDefault(shift.StaffId, ""), shift.ToDomain(), note, $"{outbox.PublicUrl}/gestion/remplacement/{shift.Id}", outbox.PublicUrl + MailChoices.PagePath);
        return await outbox.QueueToManagersAsync(MailKind.RequestSubmitted, text, ct);
    }

    private Task<Dictionary<Guid, string>> NamesAsync(Guid[] ids, CancellationToken ct) =>
        db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
}
