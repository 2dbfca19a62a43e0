using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// Stores alerts (one per key, whichever run or node raises it) and hands each new one to the webhook. The database row
/// is written first, with its e-mails when e-mail is on (<see cref="AlertMail"/>) and alone otherwise, so a webhook
/// that is down never costs an alert. The command line stores without e-mail.
/// </summary>
public sealed class AlertDbSink(SchedulerDbContext db, AlertWebhookOutbox webhook, AlertMail? mail = null) : IAlertSink
{
    public async Task<bool> RaiseAsync(QualityAlert alert, CancellationToken cancellationToken)
    {
        if (await db.Alerts.AnyAsync(a => a.Key == alert.Key, cancellationToken))
        {
            return false;
        }

        var entity = new AlertEntity
        {
            Id = Guid.NewGuid(),
            Key = alert.Key,
            Kind = alert.Kind,
            RaisedAt = alert.RaisedAt,
            Date = alert.Date,
            Details = alert.Text.French,
            DetailsEnglish = alert.Text.English,
            Channel = alert.Channel is { } c ? CallChannels.Name(c) : null,
            StaffId = alert.StaffId,
        };
        db.Alerts.Add(entity);
        if (mail is not null)
        {
            await mail.QueueAsync(entity, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node stored the same key between the check and the insert: the unique index kept it once, and
            // that node queued its e-mails.
            foreach (var added in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is AlertEntity or OutboxMessageEntity).ToList())
            {
                added.State = EntityState.Detached;
            }

            return false;
        }

        webhook.Enqueue(AlertResponse.From(entity));
        return true;
    }
}
