using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// What fairness counts in the history between <see cref="RotaModel.FairnessFrom"/> and the model's start: the earlier
/// weeks of a horizon solved week by week. Zero everywhere for a model of a whole horizon.
/// </summary>
internal sealed class CarriedCounts
{
    private readonly RotaModel model;
    private readonly ILookup<string, Assignment> byStaff;
    private readonly Dictionary<LocalDate, OpeningHours> opening;

    public CarriedCounts(RotaModel model)
    {
        this.model = model;
        var from = model.FairnessFrom ?? model.Problem.Start;
        Days = Math.Max(0, Period.Between(from, model.Problem.Start, PeriodUnits.Days).Days);
        byStaff = model.Problem.History.Where(a => a.Date >= from && a.Date < model.Problem.Start).ToLookup(a => a.StaffId);
        opening = model.Problem.Opening.Where(o => o.Date >= from && o.Date < model.Problem.Start).ToDictionary(o => o.Date);
        HasOpenHoliday = opening.Values.Any(o => o.Close != o.Open && model.Problem.Holidays.Contains(o.Date));
    }

    /// <summary>Days carried (0 for a whole horizon).</summary>
    public int Days { get; }

    /// <summary>True when a carried open day is a public holiday (the whole horizon then has a holiday term).</summary>
    public bool HasOpenHoliday { get; }

    public int Weekends(int person) => WorkedDates(person).Count(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    public int Holidays(int person) => WorkedDates(person).Count(model.Problem.Holidays.Contains);

    /// <summary>Shifts ending at the day's closing time, as the model counts late shifts.</summary>
    public int LateShifts(int person) =>
        Worked(person).Count(a => opening.TryGetValue(a.Date, out var hours) && a.End == hours.Close);

    private IEnumerable<Assignment> Worked(int person) => byStaff[model.Staff[person].Id];

    private IEnumerable<LocalDate> WorkedDates(int person) => Worked(person).Select(a => a.Date).Distinct();
}
