using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>What a week pattern counts toward fairness and weekend runs: weekend days, late shifts (ending at closing), holidays.</summary>
internal static class PatternLoad
{
    public static FairnessLoad Of(RotaProblem problem, RotaGrid grid, int w, WeekPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(grid);
        return Of(problem.Holidays, [.. grid.Week(w)], pattern);
    }

    /// <summary>What <paramref name="pattern"/> counts on the days of its week, <paramref name="holidays"/> the public holidays.</summary>
    public static FairnessLoad Of(IReadOnlySet<NodaTime.LocalDate> holidays, IReadOnlyList<DayGrid> days, WeekPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(pattern);
        var worked = Enumerable.Range(0, 7).Where(pattern.Works).ToList();
        return new FairnessLoad(
            worked.Count(d => WeekPattern.IsWeekend(days[d])),
            worked.Count(d => days[d].Templates[pattern.Templates[d]].EndSlot >= days[d].CloseSlot),
            worked.Count(d => holidays.Contains(days[d].Date)));
    }
}
