using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Which member of a class works which of the class's patterns in each week, chosen by CP-SAT: exactly one pattern per
/// member and week and one member per pattern; at most so many working days in any 7 across each Monday (a linear row per
/// window) and the daily rest over it; and, priced as the full model prices them, the spread of weekend days, late shifts
/// and holidays over the members and every run of three weekends in a row. Week 1's order is fixed (members are alike).
/// </summary>
internal static class PatternAssignment
{
    /// <param name="ordered">Per week, the class's patterns (one per member).</param>
    /// <param name="hint">Per member and week, the position of the pattern a first layout gave (a legal start for the search).</param>
    /// <returns>Per member and week, the position of the pattern taken; null when nothing was found in the budget.</returns>
    public static int[,]? Assign(RotaProblem problem, RotaGrid grid, IReadOnlyList<IReadOnlyList<WeekPattern>> ordered, int[,] hint, CpSatRun run, double budget)
    {
        var n = ordered[0].Count;
        var weeks = ordered.Count;
        var model = new CpModel();
        var x = new BoolVar[n, weeks, n];
        for (var i = 0; i < n; i++)
        {
            for (var w = 0; w < weeks; w++)
            {
                for (var k = 0; k < n; k++)
                {
                    x[i, w, k] = model.NewBoolVar(string.Empty);
                    model.AddHint(x[i, w, k], hint[i, w] == k);
                }

                model.AddExactlyOne(Enumerable.Range(0, n).Select(k => x[i, w, k]));
            }

            model.Add(x[i, 0, hint[i, 0]] == 1);
        }

        for (var w = 0; w < weeks; w++)
        {
            for (var k = 0; k < n; k++)
            {
                model.AddExactlyOne(Enumerable.Range(0, n).Select(i => x[i, w, k]));
            }
        }

        var cost = LinearExpr.NewBuilder();
        var rules = problem.Rules;
        var weights = problem.Weights;
        var loads = ordered.Select((patterns, w) => patterns.Select(p => PatternLoad.Of(problem, grid, w, p)).ToList()).ToList();
        for (var i = 0; i < n; i++)
        {
            for (var w = 1; w < weeks; w++)
            {
                AddAcrossMonday(model, rules, grid, w, ordered, x, i);
            }

            if (weights.ConsecutiveWeekends > 0)
            {
                for (var w = 2; w < weeks; w++)
                {
                    var run3 = model.NewBoolVar(string.Empty);
                    var worked = LinearExpr.NewBuilder();
                    for (var back = 0; back <= 2; back++)
                    {
                        worked.Add(LinearExpr.WeightedSum(Enumerable.Range(0, n).Select(k => x[i, w - back, k]), loads[w - back].Select(l => l.Weekend ? 1L : 0L)));
                    }

                    model.Add(worked - 2 <= run3);
                    cost.AddTerm(run3, weights.ConsecutiveWeekends);
                }
            }
        }

        if (weights.Fairness > 0 && n >= 2)
        {
            Spread(model, cost, weights.Fairness, n, weeks, x, loads, l => l.WeekendDays);
            Spread(model, cost, weights.Fairness, n, weeks, x, loads, l => l.LateShifts);
            if (loads.Any(week => week.Any(l => l.Holidays > 0)))
            {
                Spread(model, cost, weights.Fairness, n, weeks, x, loads, l => l.Holidays);
            }
        }

        model.Minimize(cost);
        var (status, solver) = run.Run(model, "layout", budget, reportsRota: false);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var taken = new int[n, weeks];
        for (var i = 0; i < n; i++)
        {
            for (var w = 0; w < weeks; w++)
            {
                taken[i, w] = Enumerable.Range(0, n).First(k => solver.BooleanValue(x[i, w, k]));
            }
        }

        return taken;
    }

    /// <summary>
    /// The windows of 7 days that straddle the Monday of week <paramref name="w"/> (the last j days before it and the first
    /// 7 − j of it) hold at most the allowed working days; a Sunday shift and a Monday shift keep the daily rest between them.
    /// </summary>
    private static void AddAcrossMonday(CpModel model, RuleSettings rules, RotaGrid grid, int w, IReadOnlyList<IReadOnlyList<WeekPattern>> ordered, BoolVar[,,] x, int i)
    {
        var n = ordered[0].Count;
        var before = ordered[w - 1];
        var after = ordered[w];
        for (var j = 1; j <= 6; j++)
        {
            var tail = before.Select(p => (long)Enumerable.Range(7 - j, j).Count(p.Works)).ToList();
            var head = after.Select(p => (long)Enumerable.Range(0, 7 - j).Count(p.Works)).ToList();
            if (tail.Max() + head.Max() <= rules.MaxWorkingDaysInSeven)
            {
                continue;
            }

            var week = Enumerable.Range(0, n);
            model.Add(LinearExpr.WeightedSum(week.Select(k => x[i, w - 1, k]), tail) + LinearExpr.WeightedSum(week.Select(k => x[i, w, k]), head) <= rules.MaxWorkingDaysInSeven);
        }

        var sunday = grid.Days[(7 * w) - 1];
        var monday = grid.Days[7 * w];
        for (var k = 0; k < n; k++)
        {
            for (var k2 = 0; k2 < n; k2++)
            {
                if (before[k].Works(6) && after[k2].Works(0)
                    && Period.Between(sunday.SlotStart(sunday.Templates[before[k].Templates[6]].EndSlot), monday.SlotStart(monday.Templates[after[k2].Templates[0]].StartSlot)).ToDuration() < rules.MinDailyRest)
                {
                    model.AddBoolOr([x[i, w - 1, k].Not(), x[i, w, k2].Not()]);
                }
            }
        }
    }

    private static void Spread(CpModel model, LinearExprBuilder cost, int weight, int n, int weeks, BoolVar[,,] x, List<List<PatternLoad>> loads, Func<PatternLoad, int> count)
    {
        var most = loads.Sum(week => week.Max(count));
        var high = model.NewIntVar(0, most, string.Empty);
        var low = model.NewIntVar(0, most, string.Empty);
        for (var i = 0; i < n; i++)
        {
            var total = LinearExpr.NewBuilder();
            for (var w = 0; w < weeks; w++)
            {
                total.Add(LinearExpr.WeightedSum(Enumerable.Range(0, n).Select(k => x[i, w, k]), loads[w].Select(l => (long)count(l))));
            }

            model.Add(total <= high);
            model.Add(total >= low);
        }

        cost.AddTerm(high - low, weight);
    }
}
