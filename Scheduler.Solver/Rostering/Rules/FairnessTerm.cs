using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: weekend days worked, late shifts (ending at closing time) and public-holiday days worked are spread evenly over
/// people with comparable contracts (same role, same weekly hours). Each costs <see cref="SoftWeights.Fairness"/> per unit
/// of spread (max − min over the group), so the objective evens the load instead of only lowering its sum.
/// A week solved alone within a longer horizon (<see cref="RotaModel.FairnessFrom"/>) adds the counts its history holds
/// from the horizon's start, so each week evens the load so far and the last week's spread is the whole horizon's.
/// </summary>
public sealed class FairnessTerm : IRotaRule
{
    public string Name => "fairness";

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.Fairness;
        if (weight <= 0)
        {
            return [];
        }

        var groups = Groups(model.Staff);
        var days = model.Grid.Days.Where(d => d.IsOpen).ToList();
        var weekendDays = days.Where(d => d.Date.DayOfWeek is NodaTime.IsoDayOfWeek.Saturday or NodaTime.IsoDayOfWeek.Sunday).ToList();
        var holidays = days.Where(d => model.Problem.Holidays.Contains(d.Date)).ToList();
        var carried = new CarriedCounts(model);
        var penalties = new List<Penalty>();
        foreach (var group in groups)
        {
            // Each count's bound is what the group carried at most plus the horizon's days, and holidays count only when some
            // were worked: with nothing carried the model is the horizon's alone, as before fairness could carry weeks (a
            // wider domain and an empty holiday term changed a week's search: the service's lifecycle re-plan then changed
            // 21–23 shifts instead of 8).
            // Dates away inside the horizon count what the group present works on them (AwayCredit), as those before it do.
            LinearExpr Works(int p, int day) => model.X.Works(p, day);
            LinearExpr Late(int p, int day) => model.X.EndsAtOrAfter(p, day, model.Grid.Days[day].CloseSlot);
            LinearExpr Count(int p, IReadOnlyList<DayGrid> counted, Func<int, int, LinearExpr> worked) =>
                LinearExpr.Sum(counted.Select(d => worked(p, d.Index))) + AwayCredit.Of(model.Model, model.Staff, p, group, counted, worked);
            penalties.Add(Spread(model, SoftTermNames.FairWeekends, group, weight, weekendDays.Count + group.Max(carried.Weekends), p => carried.Weekends(p) + Count(p, weekendDays, Works)));
            penalties.Add(Spread(model, SoftTermNames.FairLateShifts, group, weight, days.Count + group.Max(carried.LateShifts), p => carried.LateShifts(p) + Count(p, days, Late)));
            if (holidays.Count > 0 || group.Any(p => carried.Holidays(p) > 0))
            {
                penalties.Add(Spread(model, SoftTermNames.FairHolidays, group, weight, holidays.Count + group.Max(carried.Holidays), p => carried.Holidays(p) + Count(p, holidays, Works)));
            }
        }

        return penalties;
    }

    /// <summary>The people (by index) whose loads are compared: same role and weekly hours, at least two of them.</summary>
    internal static IReadOnlyList<IGrouping<(StaffRole Role, int WeeklyMinutes), int>> Groups(IReadOnlyList<StaffMember> staff) =>
        [.. Enumerable.Range(0, staff.Count).GroupBy(p => (staff[p].Role, staff[p].Contract.WeeklyMinutes)).Where(g => g.Count() >= 2)];

    private static Penalty Spread(RotaModel model, string term, IEnumerable<int> group, int weight, int max, Func<int, LinearExpr> count)
    {
        var high = model.Model.NewIntVar(0, max, $"{term}_max");
        var low = model.Model.NewIntVar(0, max, $"{term}_min");
        foreach (var p in group)
        {
            var c = count(p);
            model.Model.Add(c <= high);
            model.Model.Add(c >= low);
        }

        return new Penalty(term, weight * (high - low));
    }
}
