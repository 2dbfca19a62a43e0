using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Jobs;

/// <summary>
/// The work of <see cref="MailOutboxJob"/>: sends the outbox messages that are due, oldest due first. A sent message
/// keeps its address, subject and time as the record, its body emptied (an activation link is a secret); a failed one
/// is tried again later (<see cref="MailRetrySchedule"/>). One message failing does not stop the others, and each
/// outcome is saved at once, so a crash never sends a message twice for nothing.
/// </summary>
public sealed partial class MailOutboxRunner(SchedulerDbContext db, IOptions<MailOptions> options, IClock clock, ILogger<MailOutboxRunner> logger)
{
    /// <summary>Most messages one run sends; the next run, a minute later, takes the rest.</summary>
    public const int BatchSize = 50;

    public async Task<MailRunResult> RunAsync(CancellationToken ct)
    {
        // A job left in the persistent store after e-mail was turned off sends nothing.
        if (!options.Value.Enabled)
        {
            return new MailRunResult(0, 0);
        }

        var now = clock.GetCurrentInstant();
        await MailOutboxRetention.ForgetOldAsync(db, now, ct);
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && !m.GaveUp && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return new MailRunResult(0, 0);
        }

        await using var smtp = new SmtpConnection(options.Value);
        var (sent, failed) = (0, 0);
        for (var i = 0; i < due.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var message = due[i];
            try
            {
                await smtp.SendAsync(message, now, ct);
                message.SentAt = now;
                message.Body = "";
                message.LastError = null;
                sent++;
            }
#pragma warning disable CA1031 // Whatever a message's send throws (refused address, server down, bad TLS) is that message's failure, recorded; the others go on.
            catch (Exception e) when (!ct.IsCancellationRequested)
#pragma warning restore CA1031
            {
                // A refused address fails alone on a live connection. A server out of reach fails every message left
                // the same way: they are recorded so without waiting on it again for each (up to the timeout apiece).
                var failing = smtp.IsConnected ? [message] : due[i..];
                foreach (var failure in failing)
                {
                    MailRetrySchedule.RecordFailure(failure, e.Message, now);
                    LogFailure(logger, failure.Id, failure.Kind, failure.Attempts, failure.GaveUp, e.Message);
                }

                failed += failing.Count;
                i += failing.Count - 1;
            }

            // Not cancellable: once the server took the message, its record must be stored, or it would be sent again.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return new MailRunResult(sent, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} ({Kind}): attempt {Attempts} failed (gave up: {GaveUp}): {Error}")]
    private static partial void LogFailure(ILogger logger, Guid id, MailKind kind, int attempts, bool gaveUp, string error);
}

/// <summary>What one mail run did: messages sent, and attempts that failed.</summary>
public sealed record MailRunResult(int Sent, int Failed);
