using Google.OrTools.Sat;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>The terms the day relaxation prices (see the class's summary): start times, weekend runs and fairness spreads.</summary>
internal sealed partial class DayRelaxation
{
    /// <summary>
    /// A start time in a week worked, and a second one when the week has both a day started at opening and a day started
    /// later (with the floor spanning eleven hours in shifts of ten, some manager of most weeks has both).
    /// </summary>
    /// <returns>The second start time's variable.</returns>
    private BoolVar AddStartTimes(LinearExprBuilder cost, IReadOnlyList<(LinearExpr Works, LinearExpr Opens)> week)
    {
        var any = model.NewBoolVar(string.Empty);
        var atOpening = model.NewBoolVar(string.Empty);
        var later = model.NewBoolVar(string.Empty);
        foreach (var (works, opens) in week)
        {
            model.Add(works <= any);
            model.Add(opens <= atOpening);
            model.Add(works - opens <= later);
        }

        var second = model.NewBoolVar(string.Empty);
        model.Add(atOpening + later - 1 <= second);
        cost.AddTerm(any, problem.Weights.StartTimeStability);
        cost.AddTerm(second, problem.Weights.StartTimeStability);
        return second;
    }

    /// <summary>
    /// How many people of a week must have the second start time, implied by the rules (the LP alone does not see it, and
    /// CP-SAT took about 2 s to prove the 3133's managers over 4 weeks without these rows). On the days no shift spans,
    /// those who open and those who close differ; a person without a second start time does only one of the two, on at
    /// most 7 − days off days. With k = ⌈days × floor / most days⌉ people needed for each, and n people, at least 2k − n
    /// do both.
    /// </summary>
    private void AddSecondStartCuts(List<List<BoolVar>> seconds, int longest)
    {
        var mostDays = 7 - problem.Rules.MinDaysOffPerWeek;
        for (var w = 0; w < grid.WeekCount && mostDays > 0; w++)
        {
            var week = grid.Week(w).ToList();
            var split = week.Count(d => d.IsOpen && (d.CloseSlot - d.OpenSlot) * grid.SlotMinutes > longest);
            var people = Enumerable.Range(0, problem.Staff.Count).Count(p => week.Any(d => works[p, d.Index] is not null));
            var each = (int)Math.Ceiling(split * problem.Rules.MinManagersOnDuty / (double)mostDays);
            if ((2 * each) - people > 0)
            {
                model.Add(LinearExpr.Sum(seconds[w]) >= (2 * each) - people);
            }
        }
    }

    private void AddWeekendRuns(LinearExprBuilder cost, int p, string id, HistoryView history)
    {
        var weight = problem.Weights.ConsecutiveWeekends;
        if (weight <= 0)
        {
            return;
        }

        var weekend = new List<LinearExpr>();
        for (var back = 2; back >= 1; back--)
        {
            weekend.Add(LinearExpr.Constant(Weekends.WorkedBefore(problem, history, id, back) ? 1 : 0));
        }

        for (var w = 0; w < grid.WeekCount; w++)
        {
            var worked = model.NewBoolVar(string.Empty);
            foreach (var d in new[] { (7 * w) + 5, (7 * w) + 6 })
            {
                if (works[p, d] is { } v)
                {
                    model.AddImplication(v, worked);
                }
            }

            weekend.Add(worked);
            var run3 = model.NewBoolVar(string.Empty);
            model.Add(LinearExpr.Sum(weekend.TakeLast(3)) - 2 <= run3);
            cost.AddTerm(run3, weight);
        }
    }

    private void AddFairness(LinearExprBuilder cost, Func<int, int, LinearExpr> works, Func<int, int, LinearExpr> late)
    {
        var weight = problem.Weights.Fairness;
        if (weight <= 0)
        {
            return;
        }

        var open = grid.Days.Where(d => d.IsOpen).ToList();
        var weekend = open.Where(d => d.Date.DayOfWeek is NodaTime.IsoDayOfWeek.Saturday or NodaTime.IsoDayOfWeek.Sunday).ToList();
        var holidays = open.Where(d => problem.Holidays.Contains(d.Date)).ToList();
        // The counts carried from before the horizon, as the full model adds them (its spread can be smaller with them).
        var carried = new CarriedCounts(problem, problem.Staff, problem.FairnessFrom);
        foreach (var group in FairnessTerm.Groups(problem.Staff))
        {
            // With the credit for dates away inside the horizon, as the full model counts them.
            LinearExpr Count(int p, IReadOnlyList<DayGrid> counted, Func<int, int, LinearExpr> worked) =>
                LinearExpr.Sum(counted.Select(d => worked(p, d.Index))) + AwayCredit.Of(model, problem.Staff, p, group, counted, worked);
            Spread(cost, weight, group, open.Count + group.Max(carried.Weekends), p => carried.Weekends(p) + Count(p, weekend, works));
            Spread(cost, weight, group, open.Count + group.Max(carried.LateShifts), p => carried.LateShifts(p) + Count(p, open, late));
            if (holidays.Count > 0 || group.Any(p => carried.Holidays(p) > 0))
            {
                Spread(cost, weight, group, open.Count + group.Max(carried.Holidays), p => carried.Holidays(p) + Count(p, holidays, works));
            }
        }
    }

    private void Spread(LinearExprBuilder cost, int weight, IEnumerable<int> group, int most, Func<int, LinearExpr> count)
    {
        var high = model.NewIntVar(0, most, string.Empty);
        var low = model.NewIntVar(0, most, string.Empty);
        foreach (var p in group)
        {
            var c = count(p);
            model.Add(c <= high);
            model.Add(c >= low);
        }

        cost.AddTerm(high - low, weight);
    }
}
