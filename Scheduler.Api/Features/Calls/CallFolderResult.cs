using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// What importing one file of the call folder did, written beside it as <c>NAME.result.json</c> and shown on the import
/// page: the counts as the API answers them and the first rejected rows, or why the file was refused whole.
/// </summary>
/// <param name="FileName">The file's name as it was dropped.</param>
/// <param name="StoredAs">Its name under <c>imported/</c> or <c>refused/</c>.</param>
/// <param name="Refusal">Why nothing of it was stored (not a call-record CSV); null when it was imported.</param>
public sealed record CallFolderResult(
    string FileName,
    string StoredAs,
    Instant At,
    string? Refusal,
    int Accepted,
    int Replaced,
    int Unchanged,
    int RejectedCount,
    IReadOnlyList<CallRowProblem> Rejected,
    IReadOnlyList<string> DroppedColumns)
{
    /// <summary>Rejected rows written in a result: enough to find the fault, not a copy of a broken file.</summary>
    public const int RejectedRowsKept = 100;

    public const string Suffix = ".result.json";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static CallFolderResult Refused(string fileName, string storedAs, Instant at, string refusal) => new(fileName, storedAs, at, refusal, 0, 0, 0, 0, [], []);

    public static CallFolderResult Imported(string fileName, string storedAs, Instant at, CallImportResult stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(fileName, storedAs, at, null, stored.Accepted, stored.Replaced, stored.Unchanged, stored.Rejected.Count,
            [.. stored.Rejected.Take(RejectedRowsKept)], stored.DroppedColumns);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// The results in <paramref name="folders"/>, newest first, at most <paramref name="count"/>; unreadable ones are skipped.
    /// Only the newest of each folder are read: the names begin with the time they were stored, and a folder the telephony
    /// feeds every few minutes holds tens of thousands after a year.
    /// </summary>
    public static IReadOnlyList<CallFolderResult> Latest(IEnumerable<string> folders, int count) =>
        [.. folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*" + Suffix).OrderDescending(StringComparer.Ordinal).Take(count))
            .Select(Read)
            .OfType<CallFolderResult>()
            .OrderByDescending(r => r.At)
            .ThenByDescending(r => r.StoredAs, StringComparer.Ordinal)
            .Take(count)];

    private static CallFolderResult? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<CallFolderResult>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // A result someone edited or is still writing: the file itself is what matters, and it is where it was moved.
            return null;
        }
    }
}
