using System.Text;
using NodaTime.Text;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>Writes call records in the import format (UTC instants with Z), so exported or generated files import back unchanged.</summary>
public static class CallCsvWriter
{
    public static void Write(IEnumerable<CallRecord> records, TextWriter writer)
    {
        var instant = InstantPattern.ExtendedIso;
        writer.Write(CallCsvParser.ExpectedHeader);
        writer.Write('\n');
        var line = new StringBuilder();
        foreach (var r in records)
        {
            line.Clear()
                .Append(Field(r.CallId)).Append(',')
                .Append(CallChannels.Name(r.Channel)).Append(',')
                .Append(instant.Format(r.OfferedAt)).Append(',')
                .Append(r.AnsweredAt is { } answered ? instant.Format(answered) : "").Append(',')
                .Append(instant.Format(r.EndedAt)).Append(',')
                .Append(Field(r.ListenerId)).Append('\n');
            writer.Write(line);
        }
    }

    /// <summary>RFC 4180 quoting, only where a value needs it.</summary>
    private static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
