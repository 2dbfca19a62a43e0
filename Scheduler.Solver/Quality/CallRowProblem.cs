namespace Scheduler.Solver.Quality;

/// <summary>A row (CSV line or JSON batch item) that was not accepted, with the reason.</summary>
/// <param name="Line">1-based line of the CSV file (the header is line 1), or 1-based position in a JSON batch.</param>
/// <param name="CallId">The row's call id when it had one.</param>
/// <param name="Reason">A stable code from <see cref="CallRowReasons"/>.</param>
/// <param name="Message">A sentence for people, naming the field, in English (pages build their own from the fields below).</param>
/// <param name="Field">The column at fault, as the CSV header names it (<c>call_id</c>, <c>offered_at</c>…); null when the whole line is.</param>
/// <param name="Value">The offending value as written, at most 40 characters and "…"; null when the field was empty or its value is not the fault.</param>
/// <param name="ReplacedByLine">For <see cref="CallRowReasons.DuplicateCallId"/>: the later line (or position) that replaces this row.</param>
public sealed record CallRowProblem(
    int Line, string? CallId, string Reason, string Message, string? Field = null, string? Value = null, int? ReplacedByLine = null);

/// <summary>Why a row is rejected. Codes are stable: clients may switch on them.</summary>
public static class CallRowReasons
{
    public const string MissingCallId = "missing-call-id";
    public const string CallIdTooLong = "call-id-too-long";
    public const string UnknownChannel = "unknown-channel";
    public const string BadInstant = "bad-instant";
    public const string AnsweredBeforeOffered = "answered-before-offered";
    public const string EndedBeforeAnswered = "ended-before-answered";
    public const string EndedBeforeOffered = "ended-before-offered";
    public const string ListenerWithoutAnswer = "listener-without-answer";
    public const string DuplicateCallId = "duplicate-call-id";
    public const string MalformedRow = "malformed-row";
}
