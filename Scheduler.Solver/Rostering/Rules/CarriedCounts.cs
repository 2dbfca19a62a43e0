using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// What fairness counts in the history between <see cref="RotaModel.FairnessFrom"/> and the model's start: the earlier
/// weeks of a horizon solved week by week, and the weeks before the horizon a problem asks fairness to count
/// (<see cref="RotaProblem.FairnessFrom"/>), with what a person's dates away in them are credited (<see cref="AbsenceCredit"/>).
/// Zero everywhere when nothing is carried.
/// </summary>
internal sealed class CarriedCounts
{
    private readonly RotaProblem problem;
    private readonly IReadOnlyList<StaffMember> staff;
    private readonly ILookup<string, Assignment> byStaff;
    private readonly Dictionary<LocalDate, OpeningHours> opening;
    private readonly FairnessLoad[] credit;

    public CarriedCounts(RotaModel model)
        : this(model?.Problem ?? throw new ArgumentNullException(nameof(model)), model.Staff, model.FairnessFrom)
    {
    }

    /// <param name="staff">The people counted, by the index the counts are asked with.</param>
    /// <param name="from">The first date counted (null: nothing is carried).</param>
    public CarriedCounts(RotaProblem problem, IReadOnlyList<StaffMember> staff, LocalDate? from)
    {
        ArgumentNullException.ThrowIfNull(problem);
        this.problem = problem;
        this.staff = staff;
        var first = from ?? problem.Start;
        byStaff = problem.History.Where(a => a.Date >= first && a.Date < problem.Start).ToLookup(a => a.StaffId);
        opening = problem.Opening.Where(o => o.Date >= first && o.Date < problem.Start).ToDictionary(o => o.Date);
        credit = AbsenceCredit.Of(problem, staff, from);
    }

    public int Weekends(int person) =>
        WorkedDates(person).Count(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) + credit[person].WeekendDays;

    public int Holidays(int person) => WorkedDates(person).Count(problem.Holidays.Contains) + credit[person].Holidays;

    /// <summary>Shifts ending at the day's closing time, as the model counts late shifts.</summary>
    public int LateShifts(int person) =>
        Worked(person).Count(a => opening.TryGetValue(a.Date, out var hours) && a.End == hours.Close) + credit[person].LateShifts;

    private IEnumerable<Assignment> Worked(int person) => byStaff[staff[person].Id];

    private IEnumerable<LocalDate> WorkedDates(int person) => Worked(person).Select(a => a.Date).Distinct();
}
