using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;

namespace Scheduler.Api.Jobs;

/// <summary>
/// The outbox keeps who was written to, about what and when, as the record of a sent or given-up message, but not for
/// ever: after <see cref="Kept"/> the row goes, so the table does not grow with every rota and holds people's addresses
/// no longer than the record is useful. Messages still waiting are never touched.
/// </summary>
public static class MailOutboxRetention
{
    public static readonly Duration Kept = Duration.FromDays(90);

    /// <summary>Deletes the messages sent, or given up, more than <see cref="Kept"/> before <paramref name="now"/>; how many.</summary>
    public static Task<int> ForgetOldAsync(SchedulerDbContext db, Instant now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var before = now - Kept;
        return db.OutboxMessages
            .Where(m => (m.SentAt != null && m.SentAt < before) || (m.GaveUp && m.NextAttemptAt < before))
            .ExecuteDeleteAsync(ct);
    }
}
