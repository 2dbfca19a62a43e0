namespace Scheduler.Api.Web.Charts;

/// <summary>One line of a chart: one value per x position; a null value is a gap (the line breaks there).</summary>
/// <param name="CssClass">Class of the line, so the stylesheet gives each series its colour and dash pattern.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string CssClass);

/// <summary>A horizontal reference line (a service-level target, a need), drawn dashed and labelled.</summary>
public sealed record ChartTarget(double Value, string Label);

/// <summary>
/// What <see cref="SvgLineChart"/> draws: series over shared x positions, with labels on some positions (an empty label
/// draws no tick) and an optional target. <see cref="YMax"/> fixes the top of the y axis (100 for percentages); without
/// it the axis reaches just above the largest value or target.
/// </summary>
public sealed record LineChart(
    string Title,
    string Description,
    IReadOnlyList<string> XLabels,
    IReadOnlyList<ChartSeries> Series,
    ChartTarget? Target = null,
    string YUnit = "",
    double? YMax = null,
    string NoDataText = "No data");
