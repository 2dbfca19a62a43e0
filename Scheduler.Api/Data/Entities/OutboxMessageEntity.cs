using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>
/// One e-mail waiting to be sent, or the record of one sent (or given up). It is written in the same transaction as the
/// change it reports, so a message exists exactly when its change was stored; the mail job sends it afterwards.
/// </summary>
public sealed class OutboxMessageEntity
{
    public Guid Id { get; set; }

    /// <summary>The recipient's address.</summary>
    public required string To { get; set; }

    public required string Subject { get; set; }

    /// <summary>Plain text; emptied once sent or given up, since an activation link is a secret.</summary>
    public string Body { get; set; } = "";

    public MailKind Kind { get; set; }

    public Instant CreatedAt { get; set; }

    /// <summary>Failed sends so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not sent before this instant (the creation, then the backoff after each failure).</summary>
    public Instant NextAttemptAt { get; set; }

    public Instant? SentAt { get; set; }

    /// <summary>The last failure in words (the exception's message, no stack trace); null when none.</summary>
    public string? LastError { get; set; }

    /// <summary>True once the job stopped trying (too many failures): the message will not be sent.</summary>
    public bool GaveUp { get; set; }
}
