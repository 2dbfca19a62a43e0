using System.Globalization;
using System.Text;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Quality;

/// <summary>
/// The dashboard's tables as CSV (RFC 4180: comma-separated, quoted when needed, invariant numbers, dates dd/MM/yyyy),
/// with headers in the reader's language.
/// </summary>
public static class QualityCsv
{
    public static string Training(IEnumerable<TrainingRow> rows, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var csv = new StringBuilder();
        Line(csv, text.Person, text.Role, text.Training, text.QualifiedUntil, text.Channels, text.State);
        foreach (var r in rows)
        {
            Line(csv, r.Name, text.RoleName(r.Role), r.IsTrained ? text.Trained : text.NotTrained, Show.Date(r.QualifiedUntil), string.Join(' ', r.Channels), text.TrainingStateName(r.State));
        }

        return csv.ToString();
    }

    public static string Points(IEnumerable<QualityPoint> points, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var csv = new StringBuilder();
        Line(csv, text.Period, text.Offered, text.ServiceLevel, text.Abandonment, text.Asa);
        foreach (var p in points)
        {
            Line(csv, p.Label, p.Offered.ToString(CultureInfo.InvariantCulture), Number(p.ServiceLevel * 100), Number(p.Abandonment * 100), Number(p.AverageSpeedOfAnswerSeconds));
        }

        return csv.ToString();
    }

    private static string Number(double? value) => value is { } v ? Math.Round(v, 1).ToString(CultureInfo.InvariantCulture) : "";

    private static void Line(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
