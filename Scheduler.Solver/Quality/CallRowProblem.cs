namespace Scheduler.Solver.Quality;

/// <summary>A row (CSV line or JSON batch item) that was not accepted, with the reason.</summary>
/// <param name="Line">1-based line of the CSV file (the header is line 1), or 1-based position in a JSON batch.</param>
/// <param name="CallId">The row's call id when it had one.</param>
/// <param name="Reason">A stable code from <see cref="CallRowReasons"/>.</param>
/// <param name="Message">A sentence for people, naming the field.</param>
public sealed record CallRowProblem(int Line, string? CallId, string Reason, string Message);

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
