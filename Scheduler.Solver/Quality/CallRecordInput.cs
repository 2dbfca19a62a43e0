namespace Scheduler.Solver.Quality;

/// <summary>
/// A call record as text, before validation: one CSV row or one JSON batch item.
/// Instants are ISO 8601 with an offset or Z (<c>2026-03-02T09:00:05+01:00</c>, <c>2026-03-02T08:00:05Z</c>).
/// </summary>
public sealed record CallRecordInput(
    string? CallId,
    string? Channel,
    string? OfferedAt,
    string? AnsweredAt,
    string? EndedAt,
    string? ListenerId);
