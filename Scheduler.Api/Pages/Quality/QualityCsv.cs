using System.Globalization;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Quality;

/// <summary>
/// The dashboard's tables as CSV (<see cref="CsvTable"/>: invariant numbers, dates dd/MM/yyyy), with headers in the
/// reader's language.
/// </summary>
public static class QualityCsv
{
    public static CsvTable Training(IEnumerable<TrainingRow> rows, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var csv = new CsvTable().Row(text.Person, text.Role, text.Training, text.QualifiedUntil, text.Channels, text.State);
        foreach (var r in rows)
        {
            csv.Row(r.Name, text.RoleName(r.Role), r.IsTrained ? text.Trained : text.NotTrained, Show.Date(r.QualifiedUntil), string.Join(' ', r.Channels), text.TrainingStateName(r.State));
        }

        return csv;
    }

    public static CsvTable Points(IEnumerable<QualityPoint> points, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var csv = new CsvTable().Row(text.Period, text.Offered, text.ServiceLevel, text.Abandonment, text.Asa, text.PredictedByRota, text.PredictedAbandonment);
        foreach (var p in points)
        {
            csv.Row(p.Label, p.Offered.ToString(CultureInfo.InvariantCulture), Number(p.ServiceLevel * 100), Number(p.Abandonment * 100), Number(p.AverageSpeedOfAnswerSeconds), Number(p.Predicted * 100), Number(p.PredictedAbandonment * 100));
        }

        return csv;
    }

    private static string Number(double? value) => value is { } v ? Math.Round(v, 1).ToString(CultureInfo.InvariantCulture) : "";
}
