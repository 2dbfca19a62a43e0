using Microsoft.AspNetCore.Http.HttpResults;

namespace Scheduler.Api.Errors;

public static class Conflicts
{
    /// <summary>
    /// 409 for an edit made on an old version: the body carries the current values under "current" (with their new
    /// version), so the client can show what changed and re-apply its edit; nothing is overwritten.
    /// </summary>
    public static ProblemHttpResult Stale(object current) =>
        TypedResults.Problem(
            title: "Someone else changed this first.",
            detail: "Your version is out of date; the current values are under 'current'. Re-apply your change to them.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["current"] = current });

    public static ProblemHttpResult State(string detail) =>
        TypedResults.Problem(title: "Not allowed in the current state.", detail: detail, statusCode: StatusCodes.Status409Conflict);
}
