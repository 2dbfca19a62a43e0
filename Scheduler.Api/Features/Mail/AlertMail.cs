using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// A new quality alert reaches the quality leads and the managers, who act on it, without their watching the dashboard
/// all day (and a training alert its listener too: <see cref="TrainingReminderMail"/>). Alerts about a day before yesterday are not sent: a catch-up run (after a stop, or the demo's history)
/// raises them for the record, and a pile of old news by e-mail would teach people to ignore the next one.
/// </summary>
public sealed class AlertMail(MailOutbox outbox, TrainingReminderMail training, IClock clock)
{
    public const string AlertsPath = "/qualite#alertes";

    /// <summary>Days back from today whose alerts are still news (yesterday's, raised by the night's report).</summary>
    public const int RecentDays = 1;

    /// <summary>Queues the alert's messages in the context (the caller's SaveChanges stores them with it); how many.</summary>
    public async Task<int> QueueAsync(AlertEntity alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!outbox.Enabled || alert.Date < clock.Today().PlusDays(-RecentDays))
        {
            return 0;
        }

        var text = MailTexts.Alert(alert, outbox.PublicUrl + AlertsPath, outbox.PublicUrl + MailChoices.PagePath);
        var reminded = await training.QueueAsync(alert, ct) ? 1 : 0;
        return await outbox.QueueToQualityAsync(MailKind.QualityAlert, text, ct) + reminded;
    }
}
