using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The person-dates a repair may change (see <see cref="ReplanRepair"/>): some people over the whole horizon, everyone on
/// some dates, and some people in some weeks.
/// </summary>
internal sealed class Neighbourhood(RotaProblem problem)
{
    public HashSet<string> People { get; } = new(StringComparer.Ordinal);

    public HashSet<LocalDate> Dates { get; } = [];

    /// <summary>(person, index of the horizon's week) pairs.</summary>
    public HashSet<(string StaffId, int Week)> Weeks { get; } = [];

    public bool Contains(string staffId, LocalDate date) =>
        People.Contains(staffId) || Dates.Contains(date) || Weeks.Contains((staffId, WeekOf(date)));

    /// <summary>Frees the person over the horizon, and the colleagues (same role and contract hours) in the week of <paramref name="date"/>.</summary>
    public void AddPerson(string staffId, LocalDate? date)
    {
        People.Add(staffId);
        if (date is not { } day || problem.Staff.FirstOrDefault(s => s.Id == staffId) is not { } person)
        {
            return;
        }

        foreach (var colleague in problem.Staff.Where(s => s.Role == person.Role && s.Contract.WeeklyMinutes == person.Contract.WeeklyMinutes))
        {
            Weeks.Add((colleague.Id, WeekOf(day)));
        }
    }

    /// <summary>The same without the colleagues' weeks.</summary>
    public Neighbourhood WithoutColleagues()
    {
        var narrow = new Neighbourhood(problem);
        narrow.People.UnionWith(People);
        narrow.Dates.UnionWith(Dates);
        return narrow;
    }

    /// <summary>The same, with everyone free in every week where something is free.</summary>
    public Neighbourhood Widened()
    {
        var wide = new Neighbourhood(problem);
        wide.People.UnionWith(People);
        wide.Dates.UnionWith(Dates);
        var weeks = Weeks.Select(w => w.Week).Concat(Dates.Select(WeekOf)).ToHashSet();
        foreach (var week in weeks)
        {
            wide.Weeks.UnionWith(problem.Staff.Select(s => (s.Id, week)));
        }

        return wide;
    }

    private int WeekOf(LocalDate date) => Period.Between(problem.Start, date, PeriodUnits.Days).Days / 7;
}
