using NodaTime;
using NodaTime.Text;

namespace Scheduler.Solver.Quality;

/// <summary>Turns one <see cref="CallRecordInput"/> into a <see cref="CallRecord"/> or says, in one problem, why it cannot.</summary>
public static class CallRecordValidator
{
    /// <summary>The longest call id kept; longer ids are rejected rather than silently cut.</summary>
    public const int MaxIdLength = 64;

    /// <summary>An instant as the import expects it, shown to people who wrote another form.</summary>
    public const string InstantExample = "2026-03-02T09:00:05+01:00";

    /// <summary>The longest bad value echoed back, before "…".</summary>
    public const int MaxEchoLength = 40;

    /// <summary>The columns, named as in the CSV header; a problem names the one at fault with these.</summary>
    public static class Columns
    {
        public const string CallId = "call_id";
        public const string Channel = "channel";
        public const string OfferedAt = "offered_at";
        public const string AnsweredAt = "answered_at";
        public const string EndedAt = "ended_at";
        public const string ListenerId = "listener_id";
    }

    private static readonly OffsetDateTimePattern IsoPattern = OffsetDateTimePattern.ExtendedIso;

    /// <summary>Validates a row; exactly one of the two results is non-null.</summary>
    public static (CallRecord? Record, CallRowProblem? Problem) Validate(int line, CallRecordInput input)
    {
        var id = Blank(input.CallId);
        if (id is null)
        {
            return Fail(new CallRowProblem(line, null, CallRowReasons.MissingCallId, "call_id is empty.", Columns.CallId));
        }

        if (id.Length > MaxIdLength)
        {
            return Fail(new CallRowProblem(
                line, null, CallRowReasons.CallIdTooLong, $"call_id is longer than {MaxIdLength} characters.", Columns.CallId, Shorten(id)));
        }

        if (!CallChannels.TryParse(input.Channel, out var channel))
        {
            var typed = Blank(input.Channel) is null ? null : Shorten(input.Channel);
            return Fail(new CallRowProblem(
                line, id, CallRowReasons.UnknownChannel, $"channel '{typed}' is not phone, chat or email.", Columns.Channel, typed));
        }

        if (BadInstant(line, id, Columns.OfferedAt, input.OfferedAt, required: true, out var offered) is { } badOffered)
        {
            return Fail(badOffered);
        }

        if (BadInstant(line, id, Columns.AnsweredAt, input.AnsweredAt, required: false, out var answered) is { } badAnswered)
        {
            return Fail(badAnswered);
        }

        if (BadInstant(line, id, Columns.EndedAt, input.EndedAt, required: true, out var ended) is { } badEnded)
        {
            return Fail(badEnded);
        }

        var listener = Blank(input.ListenerId);
        if (answered is { } a)
        {
            if (a < offered!.Value)
            {
                return Fail(new CallRowProblem(line, id, CallRowReasons.AnsweredBeforeOffered, "answered_at is before offered_at.", Columns.AnsweredAt));
            }

            if (ended!.Value < a)
            {
                return Fail(new CallRowProblem(line, id, CallRowReasons.EndedBeforeAnswered, "ended_at is before answered_at.", Columns.EndedAt));
            }
        }
        else
        {
            if (listener is not null)
            {
                return Fail(new CallRowProblem(
                    line, id, CallRowReasons.ListenerWithoutAnswer, "listener_id is set but answered_at is empty.", Columns.ListenerId));
            }

            if (ended!.Value < offered!.Value)
            {
                return Fail(new CallRowProblem(line, id, CallRowReasons.EndedBeforeOffered, "ended_at is before offered_at.", Columns.EndedAt));
            }
        }

        return (new CallRecord(id, channel, offered!.Value, answered, ended!.Value, listener), null);
    }

    /// <summary>The problem with an instant column, or null when it reads (or is empty and not <paramref name="required"/>).</summary>
    private static CallRowProblem? BadInstant(int line, string id, string column, string? text, bool required, out Instant? value)
    {
        value = null;
        var trimmed = Blank(text);
        if (trimmed is null)
        {
            return required ? new CallRowProblem(line, id, CallRowReasons.BadInstant, $"{column} is empty.", column) : null;
        }

        var result = IsoPattern.Parse(trimmed);
        if (!result.Success)
        {
            var shown = Shorten(trimmed);
            return new CallRowProblem(
                line, id, CallRowReasons.BadInstant,
                $"{column} '{shown}' is not an ISO 8601 instant with an offset or Z (e.g. {InstantExample}).", column, shown);
        }

        // Truncated to 100 ns ticks, the precision databases keep, so a re-import compares equal to what was stored.
        value = Instant.FromUnixTimeTicks(result.Value.ToInstant().ToUnixTimeTicks());
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Echoes at most a few characters of a bad value, so a pasted file never floods a response.</summary>
    private static string Shorten(string? text) => text is null ? "" : text.Length <= MaxEchoLength ? text : text[..MaxEchoLength] + "…";

    private static (CallRecord?, CallRowProblem?) Fail(CallRowProblem problem) => (null, problem);
}
