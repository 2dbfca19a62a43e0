using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// What a person's shifts before the horizon mean for the patterns laid on them: the working days in any 7 and the daily
/// rest across the first Monday (a first week that breaks them is not theirs to work), the weekends worked just before
/// (runs of three), and the counts fairness carries (<see cref="CarriedCounts"/>). Patterns are chosen for classes of
/// people alike in the horizon, and their histories differ: without this, laying a class's weeks after a published one
/// gave people a seventh day in a row, and the 3133's four weeks ended at 10 352 with 48 half-hours short (2 248 without
/// the history).
/// </summary>
internal sealed class HistoryBoundary
{
    private readonly RotaProblem problem;
    private readonly IReadOnlyList<DayGrid> firstWeek;
    private readonly HistoryView history;
    private readonly CarriedCounts carried;

    public HistoryBoundary(RotaProblem problem, RotaGrid grid)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(grid);
        this.problem = problem;
        firstWeek = [.. grid.Week(0)];
        history = new HistoryView(problem);
        carried = new CarriedCounts(problem, problem.Staff, problem.FairnessFrom);
    }

    /// <summary>True when nothing before the horizon tells the person apart from someone without history.</summary>
    public bool IsBlank(int person) =>
        !problem.History.Any(a => a.StaffId == problem.Staff[person].Id) && Carried(person) == FairnessLoad.None;

    /// <summary>Whether the person can work <paramref name="first"/> as the horizon's first week after their history.</summary>
    public bool Fits(int person, WeekPattern first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return FitsDays(person, first.Works) && (!first.Works(0) || RestsBefore(person, firstWeek[0].Templates[first.Templates[0]]));
    }

    /// <summary>Whether working the first week's days <paramref name="works"/> keeps the person's working days in any 7 after their history.</summary>
    public bool FitsDays(int person, Func<int, bool> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var id = problem.Staff[person].Id;
        for (var before = 1; before <= 6; before++)
        {
            var worked = Enumerable.Range(1, before).Count(b => history.Worked(id, problem.Start.PlusDays(-b)));
            if (worked + Enumerable.Range(0, 7 - before).Count(works) > problem.Rules.MaxWorkingDaysInSeven)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the person's last shift before the horizon leaves the daily rest before <paramref name="monday"/>, the first Monday's shift.</summary>
    public bool RestsBefore(int person, ShiftTemplate monday)
    {
        ArgumentNullException.ThrowIfNull(monday);
        if (history.LastEnd(problem.Staff[person].Id, problem.Start.PlusDays(-1), RotaProblem.TimeZone) is not { } end)
        {
            return true;
        }

        return firstWeek[0].SlotInstant(monday.StartSlot, RotaProblem.TimeZone) - end >= problem.Rules.MinDailyRest;
    }

    /// <summary>Whether the person worked the weekend <paramref name="weeksBefore"/> weeks before the horizon's first.</summary>
    public bool WorkedWeekendBefore(int person, int weeksBefore) =>
        Weekends.WorkedBefore(problem, history, problem.Staff[person].Id, weeksBefore);

    /// <summary>What fairness carries for the person from before the horizon.</summary>
    public FairnessLoad Carried(int person) => new(carried.Weekends(person), carried.LateShifts(person), carried.Holidays(person));
}
