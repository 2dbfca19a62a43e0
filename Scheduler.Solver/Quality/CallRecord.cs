using NodaTime;

namespace Scheduler.Solver.Quality;

/// <summary>
/// One contact as the telephony platform reports it. Deliberately carries nothing that identifies the caller
/// (no number, no name, no address): the 3133 line serves vulnerable people.
/// </summary>
/// <param name="CallId">The platform's own id of the call, unique per platform; imports are keyed on it.</param>
/// <param name="OfferedAt">When the call reached the queue.</param>
/// <param name="AnsweredAt">When a listener picked it up; null when it was never answered (abandoned).</param>
/// <param name="EndedAt">When the call ended: hang-up after the conversation, or the moment the caller gave up.</param>
/// <param name="ListenerId">The listener who answered; null when unanswered.</param>
public sealed record CallRecord(
    string CallId,
    CallChannel Channel,
    Instant OfferedAt,
    Instant? AnsweredAt,
    Instant EndedAt,
    string? ListenerId)
{
    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>Time in the queue before a listener answered; null when unanswered.</summary>
    public Duration? WaitTime => AnsweredAt - OfferedAt;

    /// <summary>Answered to ended; null when unanswered.</summary>
    public Duration? HandlingTime => EndedAt - AnsweredAt;

    /// <summary>Offered to ended for an unanswered call (how long the caller waited before giving up); null when answered.</summary>
    public Duration? TimeToAbandon => IsAnswered ? null : EndedAt - OfferedAt;
}
