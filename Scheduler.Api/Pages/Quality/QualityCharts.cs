using Scheduler.Api.Web;
using Scheduler.Api.Web.Charts;

namespace Scheduler.Api.Pages.Quality;

/// <summary>The dashboard's charts, built from the points of <see cref="IQualityDashboardSource"/>.</summary>
public static class QualityCharts
{
    public static IReadOnlyList<LineChart> For(IReadOnlyList<QualityPoint> points, QualityTargets targets, string scope, UiText text)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(text);
        var labels = Thin(points.Select(p => p.Label).ToList());
        var actual = new ChartSeries(text.ServiceLevel, [.. points.Select(p => p.ServiceLevel * 100)], "series-sl");
        return
        [
            new LineChart(
                $"{text.ServiceLevel} – {scope}",
                text.ServiceLevelDescription(scope, Show.Percent(targets.ServiceLevel), targets.AnswerWithinSeconds),
                labels,
                Predicted(points, text) is { } predicted ? [actual, predicted] : [actual],
                new ChartTarget(targets.ServiceLevel * 100, text.TargetLabel(Show.Percent(targets.ServiceLevel))),
                " %",
                100,
                text.NoData),
            new LineChart(
                $"{text.Abandonment} – {scope}",
                text.AbandonmentDescription(scope, Show.Percent(targets.MaxAbandonment)),
                labels,
                PredictedAbandonment(points, text) is { } predictedAbandonment
                    ? [new ChartSeries(text.Abandonment, [.. points.Select(p => p.Abandonment * 100)], "series-ab"), predictedAbandonment]
                    : [new ChartSeries(text.Abandonment, [.. points.Select(p => p.Abandonment * 100)], "series-ab")],
                new ChartTarget(targets.MaxAbandonment * 100, text.MaxLabel(Show.Percent(targets.MaxAbandonment))),
                " %",
                NoDataText: text.NoData),
            new LineChart(
                $"{text.Asa} – {scope}",
                text.AsaDescription(scope, targets.AnswerWithinSeconds),
                labels,
                [new ChartSeries(text.Asa, [.. points.Select(p => p.AverageSpeedOfAnswerSeconds)], "series-asa")],
                new ChartTarget(targets.AnswerWithinSeconds, text.TargetLabel($"{targets.AnswerWithinSeconds:0} s")),
                " s",
                NoDataText: text.NoData),
        ];
    }

    /// <summary>What the published rotas predicted, beside what happened; none when no point has a prediction.</summary>
    private static ChartSeries? Predicted(IReadOnlyList<QualityPoint> points, UiText text) =>
        points.Any(p => p.Predicted is not null) ? new ChartSeries(text.PredictedByRota, [.. points.Select(p => p.Predicted * 100)], "series-predicted") : null;

    /// <summary>The abandonment the published rotas predicted (once callers' patience is known), beside what happened; none otherwise.</summary>
    private static ChartSeries? PredictedAbandonment(IReadOnlyList<QualityPoint> points, UiText text) =>
        points.Any(p => p.PredictedAbandonment is not null) ? new ChartSeries(text.PredictedByRota, [.. points.Select(p => p.PredictedAbandonment * 100)], "series-predicted") : null;

    /// <summary>At most about a dozen labels on the axis, so they stay readable on a phone.</summary>
    private static List<string> Thin(List<string> labels)
    {
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / 12.0));
        return [.. labels.Select((l, i) => i % step == 0 ? l : "")];
    }
}
