using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Over alike weeks, someone who works both days of a weekend cannot take a pattern working Monday to Friday the week
/// after (seven days in a row), so they stay on a weekend pattern and, if that one holds both days again, on a third
/// weekend: each week, the members on both-day patterns beyond those the class's other patterns can take (neither
/// both-day nor Monday-to-Friday) are runs of three weekends in the weeks after. The counting of
/// <see cref="WeekendRunRows"/> cannot see it (it lets any member rest any weekend): on 200 people over 4 weeks SCIP once
/// put 15 of the 25 managers on both-day patterns and 8 on Monday to Friday, and the layout could not avoid 28 runs
/// (1 120 of the objective; 40 when another choice left 3 on both days). So once the patterns are chosen, the
/// managers' members are moved between their patterns while that lowers the choice's cost with these runs priced
/// (<see cref="MasterRounding.Polish"/>). Not in SCIP's master: a row there, even for the managers alone, changed its
/// choice for the listeners too (their blocks share SCIP's search), and the 3133 over 4 weeks ended at 2 340–2 384
/// against 2 204 in 30 units. Nor in the LP: it holds for the patterns at hand, not for every rota.
/// </summary>
internal sealed class WeekendTurnover
{
    private readonly IReadOnlyList<DayGrid> week;
    private readonly double price;

    private WeekendTurnover(IReadOnlyList<DayGrid> week, double price)
    {
        this.week = week;
        this.price = price;
    }

    /// <summary>The pricing of a week of <paramref name="problem"/> whose weeks are all alike (three to eight of them), or null.</summary>
    public static WeekendTurnover? Of(RotaProblem problem, IReadOnlyList<DayGrid> week, bool alike)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var weeks = problem.Weeks;
        if (!alike || weeks < 3 || weeks > WeekendStrings.MostWeeks || problem.Weights.ConsecutiveWeekends <= 0 || problem.Rules.MaxWorkingDaysInSeven >= 7)
        {
            return null;
        }

        // A member turned away in one week ends a run two weeks later; the last two weeks' turn no run inside the horizon.
        // Priced once per week, as the other weekend rows are.
        return new WeekendTurnover(week, (double)problem.Weights.ConsecutiveWeekends * (weeks - 2) / weeks);
    }

    /// <summary>
    /// Managers only: their patterns are free beyond their floor, so nothing else stops SCIP from putting most of them on
    /// both days of a weekend. Over the listeners, whose weekends follow the calls, the same price changed the 3133's
    /// choice over 4 weeks for the worse (2 384 against 2 204 in 30 units).
    /// </summary>
    public static bool Applies(StaffClass staffClass) => staffClass?.IsManager == true;

    /// <summary>2 for a pattern on both weekend days, 1 for one on Monday to Friday and no weekend day, else 0.</summary>
    public int Weight(WeekPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var worked = Enumerable.Range(0, week.Count).Where(pattern.Works).Select(d => week[d].Date.DayOfWeek).ToHashSet();
        return worked.Contains(IsoDayOfWeek.Saturday) && worked.Contains(IsoDayOfWeek.Sunday) ? 2
            : worked.Count == 5 && worked.All(d => d < IsoDayOfWeek.Saturday) ? 1
            : 0;
    }

    /// <summary>What a class of <paramref name="size"/> members pays for its patterns' weights adding up to <paramref name="weighted"/>.</summary>
    public double Cost(int weighted, int size) => price * Math.Max(0, weighted - size);
}
