using NodaTime;
using NodaTime.Text;

namespace Scheduler.Solver.Quality;

/// <summary>Turns one <see cref="CallRecordInput"/> into a <see cref="CallRecord"/> or says, in one problem, why it cannot.</summary>
public static class CallRecordValidator
{
    /// <summary>The longest call id kept; longer ids are rejected rather than silently cut.</summary>
    public const int MaxIdLength = 64;

    private static readonly OffsetDateTimePattern IsoPattern = OffsetDateTimePattern.ExtendedIso;

    /// <summary>Validates a row; exactly one of the two results is non-null.</summary>
    public static (CallRecord? Record, CallRowProblem? Problem) Validate(int line, CallRecordInput input)
    {
        var id = Blank(input.CallId);
        if (id is null)
        {
            return Fail(line, null, CallRowReasons.MissingCallId, "call_id is empty.");
        }

        if (id.Length > MaxIdLength)
        {
            return Fail(line, null, CallRowReasons.CallIdTooLong, $"call_id is longer than {MaxIdLength} characters.");
        }

        if (!CallChannels.TryParse(input.Channel, out var channel))
        {
            return Fail(line, id, CallRowReasons.UnknownChannel, $"channel '{Shorten(input.Channel)}' is not phone, chat or email.");
        }

        if (!TryInstant(input.OfferedAt, required: true, out var offered, out var offeredError))
        {
            return Fail(line, id, CallRowReasons.BadInstant, $"offered_at {offeredError}");
        }

        if (!TryInstant(input.AnsweredAt, required: false, out var answered, out var answeredError))
        {
            return Fail(line, id, CallRowReasons.BadInstant, $"answered_at {answeredError}");
        }

        if (!TryInstant(input.EndedAt, required: true, out var ended, out var endedError))
        {
            return Fail(line, id, CallRowReasons.BadInstant, $"ended_at {endedError}");
        }

        var listener = Blank(input.ListenerId);
        if (answered is { } a)
        {
            if (a < offered!.Value)
            {
                return Fail(line, id, CallRowReasons.AnsweredBeforeOffered, "answered_at is before offered_at.");
            }

            if (ended!.Value < a)
            {
                return Fail(line, id, CallRowReasons.EndedBeforeAnswered, "ended_at is before answered_at.");
            }
        }
        else
        {
            if (listener is not null)
            {
                return Fail(line, id, CallRowReasons.ListenerWithoutAnswer, "listener_id is set but answered_at is empty.");
            }

            if (ended!.Value < offered!.Value)
            {
                return Fail(line, id, CallRowReasons.EndedBeforeOffered, "ended_at is before offered_at.");
            }
        }

        return (new CallRecord(id, channel, offered!.Value, answered, ended!.Value, listener), null);
    }

    private static bool TryInstant(string? text, bool required, out Instant? value, out string error)
    {
        value = null;
        error = "";
        var trimmed = Blank(text);
        if (trimmed is null)
        {
            error = "is empty.";
            return !required;
        }

        var result = IsoPattern.Parse(trimmed);
        if (!result.Success)
        {
            error = $"'{Shorten(trimmed)}' is not an ISO 8601 instant with an offset or Z (e.g. 2026-03-02T09:00:05+01:00).";
            return false;
        }

        // Truncated to 100 ns ticks, the precision databases keep, so a re-import compares equal to what was stored.
        value = Instant.FromUnixTimeTicks(result.Value.ToInstant().ToUnixTimeTicks());
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Echoes at most a few characters of a bad value, so a pasted file never floods a response.</summary>
    private static string Shorten(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";

    private static (CallRecord?, CallRowProblem?) Fail(int line, string? id, string reason, string message) =>
        (null, new CallRowProblem(line, id, reason, message));
}
