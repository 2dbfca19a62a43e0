using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The person-dates a repair may change (see <see cref="ReplanRepair"/>): some people over the whole horizon, everyone on
/// some dates, and some people in some weeks.
/// </summary>
internal sealed class Neighbourhood(RotaProblem problem)
{
    /// <summary>Per person freed for dates of the horizon, the weeks of those dates; null for a person freed without one (see <see cref="Local"/>).</summary>
    private readonly Dictionary<string, HashSet<int>?> weeksOf = new(StringComparer.Ordinal);

    public HashSet<string> People { get; } = new(StringComparer.Ordinal);

    public HashSet<LocalDate> Dates { get; } = [];

    /// <summary>(person, index of the horizon's week) pairs.</summary>
    public HashSet<(string StaffId, int Week)> Weeks { get; } = [];

    public bool Contains(string staffId, LocalDate date) =>
        People.Contains(staffId) || Dates.Contains(date) || Weeks.Contains((staffId, problem.WeekOf(date)));

    /// <summary>Frees the person over the horizon, and the colleagues (same role and contract hours) in the week of <paramref name="date"/>.</summary>
    public void AddPerson(string staffId, LocalDate? date)
    {
        People.Add(staffId);
        if (date is not { } day)
        {
            weeksOf[staffId] = null;
            return;
        }

        if (!weeksOf.TryGetValue(staffId, out var weeks))
        {
            weeksOf[staffId] = weeks = [];
        }

        weeks?.Add(problem.WeekOf(day));
        if (problem.Staff.FirstOrDefault(s => s.Id == staffId) is not { } person)
        {
            return;
        }

        foreach (var colleague in problem.Staff.Where(s => s.Role == person.Role && s.Contract.WeeklyMinutes == person.Contract.WeeklyMinutes))
        {
            Weeks.Add((colleague.Id, problem.WeekOf(day)));
        }
    }

    /// <summary>
    /// The same without the colleagues, each person free only in the weeks of their dates (over the horizon when freed
    /// without one): the smallest neighbourhood, searched first.
    /// </summary>
    public Neighbourhood Local()
    {
        var local = new Neighbourhood(problem);
        local.Dates.UnionWith(Dates);
        foreach (var (id, weeks) in weeksOf)
        {
            if (weeks is null)
            {
                local.People.Add(id);
            }
            else
            {
                local.Weeks.UnionWith(weeks.Select(w => (id, w)));
            }
        }

        return local;
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
        var weeks = Weeks.Select(w => w.Week).Concat(Dates.Select(problem.WeekOf)).ToHashSet();
        foreach (var week in weeks)
        {
            wide.Weeks.UnionWith(problem.Staff.Select(s => (s.Id, week)));
        }

        return wide;
    }
}
