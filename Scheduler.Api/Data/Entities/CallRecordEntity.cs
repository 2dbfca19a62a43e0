using NodaTime;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Data.Entities;

/// <summary>
/// One imported contact. Deliberately holds nothing that identifies the caller (no number, name or address): only the
/// platform's call id, the channel, three instants and the listener who answered.
/// </summary>
public sealed class CallRecordEntity
{
    public long Id { get; set; }

    /// <summary>The platform's id of the call; unique, the key of idempotent imports.</summary>
    public required string CallId { get; set; }

    /// <summary><c>phone</c>, <c>chat</c> or <c>email</c>.</summary>
    public required string Channel { get; set; }

    public Instant OfferedAt { get; set; }

    public Instant? AnsweredAt { get; set; }

    public Instant EndedAt { get; set; }

    public string? ListenerId { get; set; }

    public CallRecord ToDomain()
    {
        // Only valid names are ever stored (the import validates them).
        var channel = CallChannels.TryParse(Channel, out var parsed) ? parsed : throw new InvalidOperationException($"Stored call {CallId} has channel '{Channel}'.");
        return new CallRecord(CallId, channel, OfferedAt, AnsweredAt, EndedAt, ListenerId);
    }

    public static CallRecordEntity From(CallRecord record) => new()
    {
        CallId = record.CallId,
        Channel = CallChannels.Name(record.Channel),
        OfferedAt = record.OfferedAt,
        AnsweredAt = record.AnsweredAt,
        EndedAt = record.EndedAt,
        ListenerId = record.ListenerId,
    };

    public void CopyFrom(CallRecord record)
    {
        Channel = CallChannels.Name(record.Channel);
        OfferedAt = record.OfferedAt;
        AnsweredAt = record.AnsweredAt;
        EndedAt = record.EndedAt;
        ListenerId = record.ListenerId;
    }
}
