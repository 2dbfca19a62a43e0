using System.Globalization;
using System.Net;
using System.Text;

namespace Scheduler.Api.Web.Charts;

/// <summary>
/// Renders a <see cref="LineChart"/> as self-contained SVG markup: no script, so it reads the same without JavaScript,
/// and a title and description that screen readers announce (role="img"). A pure function of its input.
/// </summary>
public static class SvgLineChart
{
    public const double Width = 720;
    public const double Height = 260;
    public const double Left = 48;
    public const double Right = 12;
    public const double Top = 28;
    public const double Bottom = 36;

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    /// <summary>The top of the y axis: <see cref="LineChart.YMax"/> when given, else a round number above every value and the target.</summary>
    public static double AxisMax(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.YMax is { } fixedMax and > 0)
        {
            return fixedMax;
        }

        var values = chart.Series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).Append(chart.Target?.Value ?? 0).ToList();
        var largest = values.Max();
        // Counts (people, calls) get whole-number grid lines: the top is a multiple of the 4 grid steps.
        if (values.All(v => v == Math.Floor(v)) && largest < 40)
        {
            return Math.Max(4, Math.Ceiling((largest + 1) / 4) * 4);
        }

        return NiceCeiling(largest <= 0 ? 1 : largest * 1.1);
    }

    /// <summary>The y coordinate of <paramref name="value"/> on a chart whose axis tops at <paramref name="axisMax"/>.</summary>
    public static double YOf(double value, double axisMax) => Top + (PlotHeight * (1 - (Math.Clamp(value, 0, axisMax) / axisMax)));

    /// <summary>The x coordinate of position <paramref name="index"/> among <paramref name="count"/> positions.</summary>
    public static double XOf(int index, int count) => count <= 1 ? Left + (PlotWidth / 2) : Left + (PlotWidth * index / (count - 1));

    public static string Render(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        // A stable id from the title (string.GetHashCode changes per process), so two charts on a page never share one.
        var id = "c" + chart.Title.Aggregate(2166136261u, (h, c) => unchecked((h ^ c) * 16777619u)).ToString(CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {N(Width)} {N(Height)}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(chart.Title)}</title><desc id=\"{id}-d\">{E(chart.Description)}</desc>");
        var count = chart.Series.Select(s => s.Values.Count).DefaultIfEmpty(0).Max();
        if (count == 0 || chart.Series.All(s => s.Values.All(v => v is null)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-empty\" x=\"{N(Width / 2)}\" y=\"{N(Height / 2)}\" text-anchor=\"middle\">{E(chart.NoDataText)}</text></svg>");
            return svg.ToString();
        }

        var max = AxisMax(chart);
        AppendGrid(svg, max, chart.YUnit);
        AppendXLabels(svg, chart.XLabels, count);
        if (chart.Target is { } target)
        {
            var y = N(YOf(target.Value, max));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-target\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-target-label\" x=\"{N(Width - Right)}\" y=\"{N(YOf(target.Value, max) - 4)}\" text-anchor=\"end\">{E(target.Label)}</text>");
        }

        foreach (var series in chart.Series)
        {
            foreach (var run in Runs(series.Values))
            {
                if (run.Count == 1)
                {
                    // A lone value has no line to draw: a small ring marks it.
                    var i = run[0];
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"chart-line {E(series.CssClass)}\" fill=\"none\" cx=\"{N(XOf(i, count))}\" cy=\"{N(YOf(series.Values[i]!.Value, max))}\" r=\"3\"><title>{E(series.Name)}</title></circle>");
                    continue;
                }

                var points = string.Join(' ', run.Select(i => $"{N(XOf(i, count))},{N(YOf(series.Values[i]!.Value, max))}"));
                svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"chart-line {E(series.CssClass)}\" fill=\"none\" points=\"{points}\"><title>{E(series.Name)}</title></polyline>");
            }
        }

        AppendLegend(svg, chart.Series);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Indexes of consecutive non-null values.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<double?> values)
    {
        var run = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].HasValue)
            {
                run.Add(i);
                continue;
            }

            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static void AppendGrid(StringBuilder svg, double max, string unit)
    {
        for (var step = 0; step <= 4; step++)
        {
            var value = max * step / 4;
            var y = N(YOf(value, max));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-axis\" x=\"{N(Left - 6)}\" y=\"{N(YOf(value, max) + 4)}\" text-anchor=\"end\">{E(Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture) + unit)}</text>");
        }
    }

    private static void AppendXLabels(StringBuilder svg, IReadOnlyList<string> labels, int count)
    {
        for (var i = 0; i < Math.Min(labels.Count, count); i++)
        {
            if (labels[i].Length == 0)
            {
                continue;
            }

            var x = N(XOf(i, count));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-tick\" x1=\"{x}\" x2=\"{x}\" y1=\"{N(Top)}\" y2=\"{N(Height - Bottom)}\"/>");
            // The first and last labels hang inwards so the plot's edges do not clip them.
            var anchor = i == 0 ? "start" : i == count - 1 ? "end" : "middle";
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-axis\" x=\"{x}\" y=\"{N(Height - Bottom + 16)}\" text-anchor=\"{anchor}\">{E(labels[i])}</text>");
        }
    }

    private static void AppendLegend(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        var x = Left;
        foreach (var s in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-line {E(s.CssClass)}\" x1=\"{N(x)}\" x2=\"{N(x + 18)}\" y1=\"12\" y2=\"12\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-legend\" x=\"{N(x + 22)}\" y=\"16\">{E(s.Name)}</text>");
            x += 34 + (s.Name.Length * 7);
        }
    }

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var nice = new[] { 1, 2, 2.5, 5, 10 }.First(f => f * magnitude >= value);
        return nice * magnitude;
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
