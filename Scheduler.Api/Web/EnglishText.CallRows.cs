using Scheduler.Solver.Quality;
using Columns = Scheduler.Solver.Quality.CallRecordValidator.Columns;

namespace Scheduler.Api.Web;

/// <summary>The refused rows of a call import in English.</summary>
public sealed partial class EnglishText
{
    public override string CallRowReasonName(string reason) => reason switch
    {
        CallRowReasons.MissingCallId => "Missing call id",
        CallRowReasons.CallIdTooLong => "Call id too long",
        CallRowReasons.UnknownChannel => "Unknown channel",
        CallRowReasons.BadInstant => "Unreadable date and time",
        CallRowReasons.AnsweredBeforeOffered => "Answered before the call arrived",
        CallRowReasons.EndedBeforeAnswered => "Ended before it was answered",
        CallRowReasons.EndedBeforeOffered => "Ended before the call arrived",
        CallRowReasons.ListenerWithoutAnswer => "Listener given for an unanswered call",
        CallRowReasons.DuplicateCallId => "Call id repeated further down the file",
        CallRowReasons.MalformedRow => "Malformed CSV line",
        _ => reason,
    };

    public override string? CallRowDetail(CallRowProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var field = problem.Field;
        return problem.Reason switch
        {
            CallRowReasons.MissingCallId => $"The {Columns.CallId} column is empty: every call needs its id.",
            CallRowReasons.CallIdTooLong => $"The id{Quoted(problem.Value)} is longer than {CallRecordValidator.MaxIdLength} characters: "
                + "it would be cut, so the line is refused.",
            CallRowReasons.UnknownChannel => problem.Value is { } channel
                ? $"The channel \u201c{channel}\u201d is not known: phone, chat or email expected."
                : $"The {Columns.Channel} column is empty: phone, chat or email expected.",
            CallRowReasons.BadInstant => problem.Value is { } typed
                ? $"\u201c{typed}\u201d in {field} is not an ISO 8601 date and time with its offset or Z (for example {CallRecordValidator.InstantExample})."
                : $"The {field} column is empty: the date and time are required there.",
            CallRowReasons.AnsweredBeforeOffered => $"The answer ({Columns.AnsweredAt}) comes before the call arrived ({Columns.OfferedAt}).",
            CallRowReasons.EndedBeforeAnswered => $"The end of the call ({Columns.EndedAt}) comes before its answer ({Columns.AnsweredAt}).",
            CallRowReasons.EndedBeforeOffered => $"The end of the call ({Columns.EndedAt}) comes before it arrived ({Columns.OfferedAt}).",
            CallRowReasons.ListenerWithoutAnswer =>
                $"A listener is given ({Columns.ListenerId}) but the call was not answered ({Columns.AnsweredAt} empty).",
            CallRowReasons.DuplicateCallId => problem.ReplacedByLine is { } later
                ? $"The same id comes again on line {later}, which replaces this one."
                : "The same id comes again further down the file, which replaces this line.",
            CallRowReasons.MalformedRow =>
                "The line breaks the CSV rules: a quote is opened and not closed, or a quote stands inside a value.",
            _ => null,
        };
    }

    /// <summary>" “value”" after a noun, or nothing when the value is unknown.</summary>
    private static string Quoted(string? value) => value is null ? "" : $" \u201c{value}\u201d";
}
