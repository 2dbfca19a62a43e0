using System.Globalization;
using System.Text;
using CsvHelper;

namespace Scheduler.Api.Web;

/// <summary>
/// A table written as CSV the way every export of the pages writes it: RFC 4180 by CsvHelper (comma-separated, a cell
/// quoted only when it needs it, CRLF line ends), and UTF-8 with a byte-order mark so that a spreadsheet opened on a
/// French desktop reads the accents.
/// </summary>
public sealed class CsvTable
{
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly List<string[]> rows = [];

    public CsvTable Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return output.ToString();
    }

    /// <summary>The file's bytes: UTF-8 with its byte-order mark.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ToString())];
}
