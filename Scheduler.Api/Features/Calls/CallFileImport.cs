using System.Security.Claims;
using NodaTime;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// One uploaded call-record CSV, parsed and stored as the signed-in person: the API's multipart import and the quality
/// page's form go through here, so both refuse, reject and store alike.
/// </summary>
public static class CallFileImport
{
    /// <summary>
    /// The largest upload: Kestrel's default request body limit, which the API endpoint runs under. A year of the line's
    /// calls (about 60,000) is some 6 MB.
    /// </summary>
    public const long MaxRequestBytes = 30_000_000;

    public static async Task<CallFileOutcome> ImportAsync(IFormFile file, ClaimsPrincipal user, CallImporter importer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(importer);
        CallParseResult parsed;
        // The form is already buffered (memory or a temporary file), so the parser's synchronous reads never block on the network.
        await using (var stream = file.OpenReadStream())
        {
            parsed = CallCsvParser.Parse(stream);
        }

        if (parsed.Refusal is { } refusal)
        {
            return CallFileOutcome.Refused(refusal);
        }

        var stored = await importer.ImportAsync(parsed, Actor(user), ct);
        Instant? earliest = parsed.Records.Count == 0 ? null : parsed.Records.Min(r => r.OfferedAt);
        return new CallFileOutcome(null, stored, parsed.IgnoredColumns, earliest);
    }

    /// <summary>Who the audit log names for replaced records.</summary>
    public static string Actor(ClaimsPrincipal user) => user?.Identity?.Name ?? "unknown";
}

/// <summary>A refused file (<see cref="Refusal"/> set, nothing stored) or what its import stored.</summary>
/// <param name="IgnoredColumns">Extra columns outside the format that do not identify callers; not read either.</param>
/// <param name="EarliestOffered">When the file's earliest valid call was offered; null when it had none.</param>
public sealed record CallFileOutcome(string? Refusal, CallImportResult? Stored, IReadOnlyList<string> IgnoredColumns, Instant? EarliestOffered)
{
    public static CallFileOutcome Refused(string message) => new(message, null, [], null);
}
