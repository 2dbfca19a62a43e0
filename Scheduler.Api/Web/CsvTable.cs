using System.Text;

namespace Scheduler.Api.Web;

/// <summary>
/// A table written as CSV the way every export of the pages writes it: RFC 4180 (comma-separated, a cell quoted only when
/// it holds a comma, a quote or a line break, CRLF line ends), and UTF-8 with a byte-order mark so that a spreadsheet
/// opened on a French desktop reads the accents.
/// </summary>
public sealed class CsvTable
{
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StringBuilder csv = new();

    public CsvTable Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        return this;
    }

    public override string ToString() => csv.ToString();

    /// <summary>The file's bytes: UTF-8 with its byte-order mark.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
