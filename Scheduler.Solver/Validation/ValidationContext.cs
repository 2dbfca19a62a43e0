using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation;

/// <summary>
/// A rota with the lookups every check needs: people by id, each person's shifts in the horizon, and each person's
/// timeline (history shifts before the horizon followed by the rota's shifts) for rules that cross the boundary.
/// </summary>
public sealed class ValidationContext
{
    private readonly Dictionary<string, List<Assignment>> rotaByPerson;
    private readonly Dictionary<string, List<Assignment>> timelineByPerson;

    public ValidationContext(RotaProblem problem, IReadOnlyList<Assignment> rota)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rota);
        Problem = problem;
        Rota = rota;
        StaffById = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        OpeningByDate = problem.Opening.GroupBy(o => o.Date).ToDictionary(g => g.Key, g => g.First());
        rotaByPerson = Group(rota);
        // History only counts before the horizon: inside it, the rota is the truth.
        timelineByPerson = Group(problem.History.Where(h => h.Date < problem.Start).Concat(rota));
    }

    public RotaProblem Problem { get; }

    public RuleSettings Rules => Problem.Rules;

    public IReadOnlyList<Assignment> Rota { get; }

    public IReadOnlyDictionary<string, StaffMember> StaffById { get; }

    public IReadOnlyDictionary<LocalDate, OpeningHours> OpeningByDate { get; }

    public static DateTimeZone Zone => RotaProblem.TimeZone;

    /// <summary>People of the problem who have at least one shift in the rota or its history.</summary>
    public IEnumerable<StaffMember> PeopleWithShifts =>
        Problem.Staff.Where(s => timelineByPerson.ContainsKey(s.Id));

    /// <summary>Mondays of the horizon's weeks.</summary>
    public IEnumerable<LocalDate> WeekStarts => Enumerable.Range(0, Problem.Weeks).Select(w => Problem.Start.PlusWeeks(w));

    /// <summary>The person's shifts in the rota, by date then start.</summary>
    public IReadOnlyList<Assignment> ShiftsOf(string staffId) =>
        rotaByPerson.TryGetValue(staffId, out var shifts) ? shifts : [];

    /// <summary>The person's history shifts before the horizon, then the rota's, in time order.</summary>
    public IReadOnlyList<Assignment> TimelineOf(string staffId) =>
        timelineByPerson.TryGetValue(staffId, out var shifts) ? shifts : [];

    /// <summary>Paid time the person works on dates [<paramref name="from"/>, <paramref name="to"/>], both inclusive, history included.</summary>
    public Duration PaidBetween(string staffId, LocalDate from, LocalDate to) =>
        TimelineOf(staffId).Where(a => a.Date >= from && a.Date <= to).Aggregate(Duration.Zero, (sum, a) => sum + a.PaidTime);

    public bool WorksOn(string staffId, LocalDate date) => TimelineOf(staffId).Any(a => a.Date == date);

    /// <summary>Start of a local date in Europe/Paris as an instant, so elapsed time is right across daylight-saving changes.</summary>
    public static Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();

    private static Dictionary<string, List<Assignment>> Group(IEnumerable<Assignment> shifts) =>
        shifts.GroupBy(a => a.StaffId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Date).ThenBy(a => a.Start).ToList(), StringComparer.Ordinal);
}
