using NodaTime;
using Scheduler.Api.Web;
using Scheduler.Api.Web.Charts;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Pages.Manager;

/// <summary>One day of the week's predicted service level: its expected calls, the share answered in time, the half-hours under target, and the share who would hang up when callers' patience is known.</summary>
public sealed record ServiceForecastDay(LocalDate Date, double ExpectedCalls, double? ServiceLevel, int SlotsBelowTarget, double? Abandonment = null);

/// <summary>The service level one week of a rota predicts (<see cref="ServiceLevelForecast"/>): a chart per half-hour and a row per day.</summary>
public static class ServiceForecastView
{
    public static LineChart Chart(IReadOnlyList<SlotServiceLevel> levels, LocalDate monday, StaffingTargets targets, UiText text)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(text);
        var slots = InWeek(levels, monday);
        var labels = slots.Select((s, i) => i == 0 || slots[i - 1].Date != s.Date ? $"{text.DayShort(s.Date.DayOfWeek)} {s.Date.Day:00}" : "").ToList();
        var overall = ServiceLevelForecast.Overall(slots);
        return new LineChart(
            text.ForecastChartTitle,
            overall is { } o ? text.ForecastChartDescription(Show.Percent(o), Show.Percent(targets.ServiceLevel), slots.Count(s => Below(s, targets)), slots.Count) : text.NoData,
            labels,
            [new ChartSeries(text.ForecastSeries, [.. slots.Select(s => (double?)(s.ServiceLevel * 100))], "series-sl")],
            new ChartTarget(targets.ServiceLevel * 100, text.TargetLabel(Show.Percent(targets.ServiceLevel))),
            " %",
            100,
            text.NoData);
    }

    public static IReadOnlyList<ServiceForecastDay> Days(IReadOnlyList<SlotServiceLevel> levels, LocalDate monday, StaffingTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return [.. InWeek(levels, monday).GroupBy(s => s.Date)
            .Select(day => new ServiceForecastDay(day.Key, day.Sum(s => s.ExpectedCalls), ServiceLevelForecast.Overall(day), day.Count(s => Below(s, targets)), ServiceLevelForecast.OverallAbandonment(day)))];
    }

    /// <summary>A slot under target only when it expects calls (one with none has nobody to keep waiting).</summary>
    public static bool Below(SlotServiceLevel slot, StaffingTargets targets)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(targets);
        return slot.ExpectedCalls > 0 && slot.ServiceLevel < targets.ServiceLevel;
    }

    private static List<SlotServiceLevel> InWeek(IReadOnlyList<SlotServiceLevel> levels, LocalDate monday)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return [.. levels.Where(s => s.Date >= monday && s.Date <= monday.PlusDays(6)).OrderBy(s => s.Date).ThenBy(s => s.Start)];
    }
}
