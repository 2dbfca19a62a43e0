using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Time;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// On publication, a message to each person concerned who has an open account with an e-mail address, with a link to
/// <c>/mes-horaires</c>. On dates no published rota covered before, everyone with shifts gets their shifts. On dates a
/// rota published earlier covered (a re-plan after a sick call), only the people whose shifts were added, removed or
/// moved hear of it, with what changed: the others' planning stands, and a message for nothing would teach them to skip
/// the next one. People without an account get nothing (they cannot open the link either). Queued in the publisher's
/// own SaveChanges (see <see cref="MailOutbox"/>).
/// </summary>
public sealed class RotaPublishedMail(SchedulerDbContext db, MailOutbox outbox, IClock clock)
{
    public const string SchedulePath = "/mes-horaires";

    /// <summary>
    /// Queues the messages of <paramref name="rota"/> (its assignments loaded), which supersedes the published rotas
    /// <paramref name="superseded"/>; how many were queued.
    /// </summary>
    public async Task<int> QueueAsync(RotaEntity rota, IReadOnlyList<RotaEntity> superseded, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(superseded);
        // A period already over (the demo's history, a past rota imported for the record) is no news to anyone.
        if (!outbox.Enabled || rota.PeriodEnd < clock.Today())
        {
            return 0;
        }

        bool Covered(Assignment shift) => superseded.Any(r => r.PeriodStart <= shift.Date && shift.Date <= r.PeriodEnd);
        var after = rota.Assignments.Select(a => a.ToDomain()).ToList();
        var ids = superseded.Select(r => r.Id).ToList();
        var before = ids.Count == 0 ? [] : (await db.Assignments.AsNoTracking()
            .Where(a => ids.Contains(a.RotaId) && a.Date >= rota.PeriodStart && a.Date <= rota.PeriodEnd)
            .ToListAsync(ct)).Select(a => a.ToDomain()).ToList();
        var changes = ShiftChanges.Diff(before, [.. after.Where(Covered)]).ToLookup(c => (c.Was ?? c.Is)!.StaffId, StringComparer.Ordinal);
        var told = after.Where(a => !Covered(a)).Select(a => a.StaffId).Concat(changes.Select(c => c.Key)).Select(Guid.Parse).ToHashSet();
        var link = outbox.PublicUrl + SchedulePath;
        var queued = 0;
        foreach (var person in await outbox.RecipientsAsync(told, ct))
        {
            var id = person.StaffId.ToString();
            var shifts = after.Where(a => a.StaffId == id).ToList();
            var text = changes.Contains(id)
                ? MailTexts.RotaChanged(person.Name, rota.PeriodStart, rota.PeriodEnd, [.. changes[id]], shifts, link)
                : MailTexts.RotaPublished(person.Name, rota.PeriodStart, rota.PeriodEnd, shifts, link);
            queued += outbox.Queue(changes.Contains(id) ? MailKind.RotaChanged : MailKind.RotaPublished, person.Email, text) ? 1 : 0;
        }

        return queued;
    }
}
