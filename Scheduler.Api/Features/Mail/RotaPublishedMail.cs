using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// On publication, one message per person who has shifts in the rota and an open account with an e-mail address:
/// the period, their shifts and a link to <c>/mes-horaires</c>. People without an account get nothing (they cannot
/// open the link either). Queued in the publisher's own SaveChanges (see <see cref="MailOutbox"/>).
/// </summary>
public sealed class RotaPublishedMail(SchedulerDbContext db, MailOutbox outbox)
{
    public const string SchedulePath = "/mes-horaires";

    /// <summary>Queues the messages of <paramref name="rota"/> (its assignments loaded); how many were queued.</summary>
    public async Task<int> QueueAsync(RotaEntity rota, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rota);
        if (!outbox.Enabled || rota.Assignments.Count == 0)
        {
            return 0;
        }

        var people = rota.Assignments.Select(a => a.StaffId).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.StaffId != null && people.Contains(u.StaffId.Value) && u.Email != null)
            .Select(u => new { StaffId = u.StaffId!.Value, Email = u.Email!, u.LockoutEnd })
            .ToListAsync(ct);
        var names = await db.Staff.AsNoTracking().Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var queued = 0;
        // A closed account (locked for good) cannot sign in to see the shifts: it gets nothing.
        foreach (var account in accounts.Where(a => a.LockoutEnd != DateTimeOffset.MaxValue))
        {
            var shifts = rota.Assignments.Where(a => a.StaffId == account.StaffId);
            var text = MailTexts.RotaPublished(names.GetValueOrDefault(account.StaffId, ""), rota.PeriodStart, rota.PeriodEnd, shifts, outbox.PublicUrl + SchedulePath);
            queued += outbox.Queue(MailKind.RotaPublished, account.Email, text) ? 1 : 0;
        }

        return queued;
    }
}
