using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// A listener whose qualification expires soon, or has expired, hears it from the service too, not only the quality
/// leads: once per expiry date, with the training alert that says so (<see cref="AlertMail"/>), so they can book the
/// refresher before they drop off the rota. Not sent about a date already past when the alert is old news.
/// </summary>
public sealed class TrainingReminderMail(SchedulerDbContext db, MailOutbox outbox)
{
    public const string TrainingPath = "/mes-horaires#formation";

    /// <summary>Queues the reminder of a training alert to its listener (in the caller's SaveChanges); false when none is due.</summary>
    public async Task<bool> QueueAsync(AlertEntity alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Kind is not (AlertKinds.TrainingExpiring or AlertKinds.TrainingExpired) || !Guid.TryParse(alert.StaffId, out var staffId))
        {
            return false;
        }

        var until = await db.Staff.AsNoTracking().Where(s => s.Id == staffId).Select(s => s.QualifiedUntil).FirstOrDefaultAsync(ct);
        if (until is not { } last || (await outbox.RecipientsAsync([staffId], ct)).SingleOrDefault() is not { } person)
        {
            return false;
        }

        var link = outbox.PublicUrl + TrainingPath;
        outbox.Queue(MailKind.TrainingReminder, person.Email, alert.Kind == AlertKinds.TrainingExpired
            ? MailTexts.TrainingExpired(person.Name, last, link)
            : MailTexts.TrainingExpiring(person.Name, last, link));
        return true;
    }
}
