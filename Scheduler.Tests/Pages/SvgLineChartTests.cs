using System.Globalization;
using System.Xml.Linq;
using Scheduler.Api.Web.Charts;

namespace Scheduler.Tests.Pages;

public sealed class SvgLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static LineChart Chart(ChartTarget? target = null, double? yMax = null, params double?[] values) =>
        new("Niveau de service", "Part des appels répondus", [.. values.Select((_, i) => i % 2 == 0 ? $"{i}h" : "")],
            [new ChartSeries("Niveau", values, "series-sl")], target, " %", yMax, "Aucune donnée");

    private static XElement Parse(string markup) => XElement.Parse(markup);

    [Fact]
    public void Render_Series_IsWellFormedSvgWithTitleAndDescriptionForScreenReaders()
    {
        var svg = Parse(SvgLineChart.Render(Chart(null, null, 0.5, 0.8, 0.9)));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        var labelled = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.Equal("Niveau de service", svg.Elements(Svg + "title").Single(e => e.Attribute("id")!.Value == labelled[0]).Value);
        Assert.Equal("Part des appels répondus", svg.Elements(Svg + "desc").Single(e => e.Attribute("id")!.Value == labelled[1]).Value);
    }

    [Fact]
    public void Render_TargetOnAFixedAxis_LineSitsAtItsShareOfThePlotHeight()
    {
        var svg = Parse(SvgLineChart.Render(Chart(new ChartTarget(80, "objectif 80 %"), 100, 70, 85, 90)));

        var line = svg.Descendants(Svg + "line").Single(e => e.Attribute("class")!.Value == "chart-target");
        // 80 on a 0–100 axis is a fifth of the plot height below the top.
        var expected = SvgLineChart.Top + (SvgLineChart.PlotHeight * 0.2);
        Assert.Equal(expected, double.Parse(line.Attribute("y1")!.Value, CultureInfo.InvariantCulture), 1);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "objectif 80 %");
    }

    [Fact]
    public void Render_PointsSpanThePlot_FirstAtLeftEdgeLastAtRightEdge()
    {
        var svg = Parse(SvgLineChart.Render(Chart(null, 100, 0, 50, 100)));

        var points = svg.Descendants(Svg + "polyline").Single().Attribute("points")!.Value.Split(' ')
            .Select(p => p.Split(',').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal(SvgLineChart.Left, points[0][0], 1);
        Assert.Equal(SvgLineChart.Width - SvgLineChart.Right, points[2][0], 1);
        Assert.Equal(SvgLineChart.Top + SvgLineChart.PlotHeight, points[0][1], 1);
        Assert.Equal(SvgLineChart.Top, points[2][1], 1);
    }

    [Fact]
    public void Render_GapInTheSeries_BreaksTheLineInTwo()
    {
        var svg = Parse(SvgLineChart.Render(Chart(null, null, 1, 2, null, 3, 4)));

        Assert.Equal(2, svg.Descendants(Svg + "polyline").Count());
    }

    [Fact]
    public void Render_LoneValue_MarkedByARingAtItsHeight()
    {
        var svg = Parse(SvgLineChart.Render(Chart(null, 100, null, 50, null)));

        Assert.Empty(svg.Descendants(Svg + "polyline"));
        var ring = Assert.Single(svg.Descendants(Svg + "circle"));
        Assert.Equal(SvgLineChart.Top + (SvgLineChart.PlotHeight * 0.5), double.Parse(ring.Attribute("cy")!.Value, CultureInfo.InvariantCulture), 1);
    }

    [Fact]
    public void Render_NoValues_SaysSoInsteadOfAnEmptyPlot()
    {
        var svg = Parse(SvgLineChart.Render(Chart(new ChartTarget(80, "objectif"), 100, null, null)));

        Assert.Empty(svg.Descendants(Svg + "polyline"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Aucune donnée");
    }

    [Fact]
    public void Render_MarkupInTexts_IsEscaped()
    {
        var chart = Chart(null, null, 1, 2) with { Title = "<script>alert(1)</script>" };

        var markup = SvgLineChart.Render(chart);

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", Parse(markup).Element(Svg + "title")!.Value);
    }

    [Fact]
    public void AxisMax_SmallCounts_WholeNumberGridAboveTheLargestValue()
    {
        var max = SvgLineChart.AxisMax(Chart(null, null, 0, 2, 3));

        Assert.True(max > 3);
        Assert.Equal(0, max % 4);
    }

    [Fact]
    public void AxisMax_TargetAboveTheValues_AxisReachesTheTarget()
    {
        Assert.True(SvgLineChart.AxisMax(Chart(new ChartTarget(60.5, "t"), null, 10.5, 20.5)) >= 60.5);
    }
}
