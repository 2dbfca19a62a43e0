using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>
/// The least fairness cost of a one-week horizon in the pooled model. Fairness is 20 × (max − min) of a count (weekend days,
/// late shifts, holiday days) over a group of people of the same role and contract hours; if everyone's count is equal the
/// group's total is a multiple of its size, so a total that is not costs at least one step of spread. Only for a horizon
/// of one week: fairness spreads over the whole horizon, which the weeks' separate pooled models do not see.
/// </summary>
internal static class PooledFairness
{
    public static void Add(CpModel model, RotaProblem problem, IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week,
        IReadOnlyList<(StaffClass Class, DayGrid Day, ShiftTemplate Template, IntVar Count)> shifts, LinearExprBuilder cost)
    {
        var weight = problem.Weights.Fairness;
        // Shifts carried from the weeks before (RotaProblem.FairnessFrom) can even out what the week alone cannot.
        if (weight <= 0 || problem.Weeks != 1 || problem.CarriesFairness)
        {
            return;
        }

        var open = week.Where(d => d.IsOpen).ToList();
        var weekend = open.Where(d => d.Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday).ToHashSet();
        var holidays = open.Where(d => problem.Holidays.Contains(d.Date)).ToHashSet();
        var groups = classes
            .GroupBy(c => (c.Representative.Role, c.Representative.Contract.WeeklyMinutes))
            .Select(g => g.ToList())
            .Where(g => g.Sum(c => c.Size) >= 2)

            // A member away on an open day is credited what the others work (AwayCredit): the counts no longer add up to the total.
            .Where(g => !g.Any(c => open.Any(d => !c.Representative.IsAvailableOn(d.Date))));
        foreach (var group in groups)
        {
            var mine = shifts.Where(s => group.Contains(s.Class)).ToList();
            var size = group.Sum(c => c.Size);
            AddStep(model, size, weight, mine.Where(s => weekend.Contains(s.Day)), cost);
            AddStep(model, size, weight, mine.Where(s => s.Day.IsOpen && s.Template.EndSlot >= s.Day.CloseSlot), cost);
            if (holidays.Count > 0)
            {
                AddStep(model, size, weight, mine.Where(s => holidays.Contains(s.Day)), cost);
            }
        }
    }

    /// <summary>total = size × q + r with 0 ≤ r &lt; size; a remainder forces a spread of at least 1.</summary>
    private static void AddStep(CpModel model, int size, int weight,
        IEnumerable<(StaffClass Class, DayGrid Day, ShiftTemplate Template, IntVar Count)> counted, LinearExprBuilder cost)
    {
        var total = LinearExpr.Sum(counted.Select(s => s.Count));
        var quotient = model.NewIntVar(0, 7, "fq");
        var remainder = model.NewIntVar(0, size - 1, "fr");
        var uneven = model.NewBoolVar("fu");
        model.Add(total == (quotient * size) + remainder);
        model.Add(remainder <= (size - 1) * uneven);
        cost.AddTerm(uneven, weight);
    }
}
