using NodaTime;
using NodaTime.Text;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// The work of <see cref="Jobs.CallFolderJob"/>: imports the call-record files dropped in the <see cref="CallFolder"/>,
/// oldest name first, through the same parser and importer as the API. Each file is first moved to <c>processing/</c> (a
/// rename: a file is never imported while it is still being dropped under its final name, see the README), then to
/// <c>imported/</c> or <c>refused/</c> under a name stamped with the time, its result written beside it. A file a stop left in
/// <c>processing/</c> is imported again at the next run: known calls are left alone or replaced, never doubled. A database
/// failure leaves the file there for the next run.
/// </summary>
public sealed class CallFolderImport(CallImporter importer, IClock clock, IConfiguration configuration, ILogger<CallFolderImport> logger)
{
    private static readonly InstantPattern Stamp = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    public CallFolder? Folder { get; } = CallFolder.From(configuration);

    /// <summary>What each file imported in this run gave; none when no folder is set or it does not exist.</summary>
    public async Task<IReadOnlyList<CallFolderResult>> RunAsync(CancellationToken ct)
    {
        if (Folder is null)
        {
            return [];
        }

        if (!Directory.Exists(Folder.Path))
        {
            logger.LogWarning("Calls: the import folder {Folder} does not exist; nothing imported", Folder.Path);
            return [];
        }

        Directory.CreateDirectory(Folder.Processing);
        var results = new List<CallFolderResult>();
        foreach (var left in Csv(Folder.Processing))
        {
            results.Add(await ImportAsync(left, ct));
        }

        foreach (var dropped in Csv(Folder.Path))
        {
            ct.ThrowIfCancellationRequested();
            if (Claim(dropped) is { } claimed)
            {
                results.Add(await ImportAsync(claimed, ct));
            }
        }

        return results;
    }

    /// <summary>The <c>*.csv</c> files at the top of <paramref name="folder"/>, by name; hidden ones (a dot first) are someone's work in progress.</summary>
    private static List<string> Csv(string folder) =>
        Directory.EnumerateFiles(folder, "*.csv", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private string? Claim(string path)
    {
        var claimed = Path.Combine(Folder!.Processing, Path.GetFileName(path));
        try
        {
            File.Move(path, claimed, overwrite: false);
            return claimed;
        }
        catch (IOException e)
        {
            // Gone meanwhile, or a file of that name still waits in processing/ (it goes first next run): this one waits.
            logger.LogWarning("Calls: {File} not taken from the import folder: {Reason}", Path.GetFileName(path), e.Message);
            return null;
        }
    }

    private async Task<CallFolderResult> ImportAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        var now = clock.GetCurrentInstant();
        var storedAs = $"{Stamp.Format(now)}-{name}";
        CallParseResult parsed;
        await using (var stream = File.OpenRead(path))
        {
            parsed = CallCsvParser.Parse(stream);
        }

        if (parsed.Refusal is { } refusal)
        {
            logger.LogWarning("Calls: {File} refused whole: {Refusal}", name, refusal);
            return Store(path, Folder!.Refused, CallFolderResult.Refused(name, storedAs, now, refusal));
        }

        var stored = await importer.ImportAsync(parsed, $"folder:{name}", ct);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Calls: {File} imported: {Accepted} added, {Replaced} replaced, {Unchanged} unchanged, {Rejected} rejected",
                name, stored.Accepted, stored.Replaced, stored.Unchanged, stored.Rejected.Count);
        }

        return Store(path, Folder!.Imported, CallFolderResult.Imported(name, storedAs, now, stored));
    }

    /// <summary>Writes the result, then moves the file beside it: a stop between the two imports the file again, harmlessly.</summary>
    private static CallFolderResult Store(string path, string folder, CallFolderResult result)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, result.StoredAs + CallFolderResult.Suffix), result.ToJson());
        File.Move(path, Path.Combine(folder, result.StoredAs), overwrite: true);
        return result;
    }
}
