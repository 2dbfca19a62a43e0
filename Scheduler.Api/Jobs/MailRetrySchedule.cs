using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Jobs;

/// <summary>
/// When a message that failed is tried again: after 1, 5, 15 and 60 minutes, then every hour, and never after
/// <see cref="MaxAttempts"/> failures (about six hours and a half after the first), when the job gives up.
/// </summary>
public static class MailRetrySchedule
{
    public const int MaxAttempts = 10;

    /// <summary>Longest error text kept (the column's length).</summary>
    public const int MaxErrorLength = 1000;

    private static readonly Duration[] FirstDelays =
        [Duration.FromMinutes(1), Duration.FromMinutes(5), Duration.FromMinutes(15), Duration.FromMinutes(60)];

    /// <summary>The wait after the <paramref name="attempts"/>-th failure (1-based).</summary>
    public static Duration DelayAfter(int attempts) =>
        attempts >= 1 && attempts <= FirstDelays.Length ? FirstDelays[attempts - 1] : Duration.FromHours(1);

    /// <summary>
    /// Counts one failure at <paramref name="now"/>: the error in words, the next attempt, or giving up after
    /// <see cref="MaxAttempts"/> (then the body, which may hold an activation link, is emptied: it will never be sent).
    /// </summary>
    public static void RecordFailure(OutboxMessageEntity message, string error, Instant now)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(error);
        message.Attempts++;
        message.LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (message.Attempts >= MaxAttempts)
        {
            message.GaveUp = true;
            message.Body = "";
            return;
        }

        message.NextAttemptAt = now + DelayAfter(message.Attempts);
    }
}
