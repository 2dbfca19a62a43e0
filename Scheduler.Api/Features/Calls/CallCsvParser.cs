using System.Text;
using CsvHelper;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// Reads call detail records from CSV (RFC 4180, comma-separated, UTF-8) with the header
/// <c>call_id,channel,offered_at,answered_at,ended_at,listener_id</c> in any column order. Extra columns are not read;
/// those that identify callers are reported as dropped. A first line without those six names refuses the whole input.
/// </summary>
public static class CallCsvParser
{
    public static readonly IReadOnlyList<string> Columns = ["call_id", "channel", "offered_at", "answered_at", "ended_at", "listener_id"];

    public const string ExpectedHeader = "call_id,channel,offered_at,answered_at,ended_at,listener_id";

    public static CallParseResult Parse(string text) => Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    public static CallParseResult Parse(Stream stream)
    {
        var malformedLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            // One stray quote must not swallow the rest of the file: every line break ends a record.
            AllowLineBreaksInQuotes = false,
            OnMalformedRecord = m => malformedLines.Add(m.LineNumber),
        };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        IReadOnlyList<string> headers;
        try
        {
            headers = [.. reader.Headers];
        }
        catch (CsvFormatException)
        {
            return CallParseResult.Refuse($"Not a call-record CSV file: its first line cannot be read as a CSV header. Expected: {ExpectedHeader}");
        }

        var names = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (names.Count == 0 || names.All(n => n.Length == 0))
        {
            return CallParseResult.Refuse($"The file is empty. Expected a first line: {ExpectedHeader}");
        }

        var missing = Columns.Where(c => !names.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return CallParseResult.Refuse(
                $"Not a call-record CSV file: the first line lacks {string.Join(", ", missing)}. Expected header: {ExpectedHeader}");
        }

        var index = Columns.Select(c => names.IndexOf(c)).ToArray();
        var extras = headers.Where((_, i) => !index.Contains(i)).Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
        var dropped = extras.Where(CallerIdentityColumns.IsCallerIdentity).ToList();
        var ignored = extras.Except(dropped).ToList();

        var rows = new List<(int, CallRecordInput)>();
        var malformed = new List<CallRowProblem>();
        while (reader.Read())
        {
            var line = checked((int)reader.LineNumber);
            if (malformedLines.Contains(reader.LineNumber))
            {
                malformed.Add(new CallRowProblem(line, null, CallRowReasons.MalformedRow, "The line breaks the CSV quoting rules."));
                continue;
            }

            rows.Add((line, new CallRecordInput(
                Field(reader, index[0]), Field(reader, index[1]), Field(reader, index[2]),
                Field(reader, index[3]), Field(reader, index[4]), Field(reader, index[5]))));
        }

        var batch = CallRecordBatch.From(rows);
        if (malformed.Count > 0)
        {
            batch = batch with { Rejected = [.. batch.Rejected.Concat(malformed).OrderBy(p => p.Line)] };
        }

        return CallParseResult.From(batch, dropped, ignored);
    }

    /// <summary>A short row lacks trailing fields: they read as empty, and validation names what is missing.</summary>
    private static string? Field(CsvReader reader, int column) => column < reader.FieldCount ? reader.GetString(column) : null;
}
