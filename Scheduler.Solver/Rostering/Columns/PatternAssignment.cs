using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Which member of a class works which of the class's patterns in each week, chosen by CP-SAT: exactly one pattern per
/// member and week and one member per pattern; at most so many working days in any 7 across each Monday (a linear row per
/// window) and the daily rest over it; and, priced as the full model prices them, the spread of weekend days, late shifts
/// and holidays over the members, every run of three weekends in a row and, in a week planned alone, a weekend right after one
/// worked. Each member's history bounds their first week
/// and adds to their runs and counts (<see cref="HistoryBoundary"/>). Week 1's order is fixed when the members are alike
/// (none has a history and no pin). Pins the columns planned without (<see cref="PatternFit"/>) are priced so that their
/// people take patterns that already work them.
/// </summary>
internal static class PatternAssignment
{
    /// <param name="members">The class's members (indexes of staff), in the order of the hint's rows.</param>
    /// <param name="instances">Per week, the class's patterns (one per member).</param>
    /// <param name="hint">Per member and week, the position of the pattern a first layout gave (a legal start for the search).</param>
    /// <param name="pins">Shifts fixed by hand that the patterns were chosen without (none when the problem holds its pins).</param>
    /// <returns>Per member and week, the position of the pattern taken; null when nothing was found in the budget.</returns>
    public static int[,]? Assign(
        RotaProblem problem, RotaGrid grid, IReadOnlyList<int> members, IReadOnlyList<IReadOnlyList<WeekPattern>> instances, int[,] hint, CpSatRun run, double budget,
        IReadOnlyList<Assignment>? pins = null)
    {
        var n = instances[0].Count;
        var boundary = new HistoryBoundary(problem, grid);
        var fit = new PatternFit(problem, grid, pins ?? []);
        var alike = members.All(m => boundary.IsBlank(m) && !fit.Pins(m));
        var weeks = instances.Count;

        // Identical patterns of a week are one type taken by as many members: 86 full-timers of a 200-person platform work
        // about 15 distinct weeks, so the model has members × types instead of members × members choices per week.
        var ordered = instances.Select(week => (IReadOnlyList<WeekPattern>)[.. week.DistinctBy(p => p.Key)]).ToList();
        var typeOf = instances.Select((week, w) => week.Select(p => ordered[w].ToList().FindIndex(t => t.Key == p.Key)).ToArray()).ToList();
        var model = new CpModel();
        var x = new BoolVar[n, weeks, ordered.Max(o => o.Count)];
        for (var i = 0; i < n; i++)
        {
            for (var w = 0; w < weeks; w++)
            {
                for (var k = 0; k < ordered[w].Count; k++)
                {
                    x[i, w, k] = model.NewBoolVar(string.Empty);
                    model.AddHint(x[i, w, k], typeOf[w][hint[i, w]] == k);
                }

                model.AddExactlyOne(Enumerable.Range(0, ordered[w].Count).Select(k => x[i, w, k]));
            }

            if (alike)
            {
                model.Add(x[i, 0, typeOf[0][hint[i, 0]]] == 1);
                continue;
            }

            for (var k = 0; k < ordered[0].Count; k++)
            {
                if (!boundary.Fits(members[i], ordered[0][k]))
                {
                    model.Add(x[i, 0, k] == 0);
                }
            }
        }

        for (var w = 0; w < weeks; w++)
        {
            for (var k = 0; k < ordered[w].Count; k++)
            {
                var count = typeOf[w].Count(t => t == k);
                model.Add(LinearExpr.Sum(Enumerable.Range(0, n).Select(i => x[i, w, k])) == count);
            }
        }

        var cost = LinearExpr.NewBuilder();
        foreach (var i in Enumerable.Range(0, n).Where(i => fit.Pins(members[i])))
        {
            for (var w = 0; w < weeks; w++)
            {
                for (var k = 0; k < ordered[w].Count; k++)
                {
                    cost.AddTerm(x[i, w, k], fit.Cost(members[i], w, ordered[w][k]));
                }
            }
        }

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
                for (var w = 0; w < weeks; w++)
                {
                    // Weekends before the horizon count as the full model counts them (ConsecutiveWeekendsTerm).
                    var before = Enumerable.Range(w + 1, Math.Max(0, 2 - w)).Count(back => boundary.WorkedWeekendBefore(members[i], back - w));
                    if (Math.Min(w, 2) + 1 + before < 3)
                    {
                        continue;
                    }

                    var run3 = model.NewBoolVar(string.Empty);
                    var worked = LinearExpr.NewBuilder().Add(before);
                    for (var back = 0; back <= Math.Min(w, 2); back++)
                    {
                        worked.Add(LinearExpr.WeightedSum(Enumerable.Range(0, ordered[w - back].Count).Select(k => x[i, w - back, k]), loads[w - back].Select(l => l.AnyWeekendDay ? 1L : 0L)));
                    }

                    model.Add(worked - 2 <= run3);
                    cost.AddTerm(run3, weights.ConsecutiveWeekends);
                }
            }
        }

        if (weights.BackToBackWeekends > 0 && problem.Weeks == 1)
        {
            // A week planned alone: its weekend after one worked costs as BackToBackWeekendsTerm prices it.
            foreach (var i in Enumerable.Range(0, n).Where(i => boundary.WorkedWeekendBefore(members[i], 1)))
            {
                for (var k = 0; k < ordered[0].Count; k++)
                {
                    cost.AddTerm(x[i, 0, k], loads[0][k].AnyWeekendDay ? weights.BackToBackWeekends : 0);
                }
            }
        }

        if (weights.Fairness > 0 && n >= 2)
        {
            var carried = members.Select(boundary.Carried).ToList();
            Spread(model, cost, weights.Fairness, weeks, x, loads, carried, l => l.WeekendDays);
            Spread(model, cost, weights.Fairness, weeks, x, loads, carried, l => l.LateShifts);
            if (loads.Any(week => week.Any(l => l.Holidays > 0)) || carried.Any(c => c.Holidays > 0))
            {
                Spread(model, cost, weights.Fairness, weeks, x, loads, carried, l => l.Holidays);
            }
        }

        model.Minimize(cost);
        var (status, solver) = run.Run(model, "layout", budget, reportsRota: false);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        // Back from types to the week's instances: each member takes the next unused instance of their type.
        var taken = new int[n, weeks];
        for (var w = 0; w < weeks; w++)
        {
            var used = new bool[n];
            for (var i = 0; i < n; i++)
            {
                var type = Enumerable.Range(0, ordered[w].Count).First(k => solver.BooleanValue(x[i, w, k]));
                var instance = Enumerable.Range(0, n).First(k => !used[k] && typeOf[w][k] == type);
                used[instance] = true;
                taken[i, w] = instance;
            }
        }

        return taken;
    }

    /// <summary>
    /// The windows of 7 days that straddle the Monday of week <paramref name="w"/> (the last j days before it and the first
    /// 7 − j of it) hold at most the allowed working days; a Sunday shift and a Monday shift keep the daily rest between them.
    /// </summary>
    private static void AddAcrossMonday(CpModel model, RuleSettings rules, RotaGrid grid, int w, List<IReadOnlyList<WeekPattern>> ordered, BoolVar[,,] x, int i)
    {
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

            model.Add(LinearExpr.WeightedSum(Enumerable.Range(0, before.Count).Select(k => x[i, w - 1, k]), tail)
                + LinearExpr.WeightedSum(Enumerable.Range(0, after.Count).Select(k => x[i, w, k]), head) <= rules.MaxWorkingDaysInSeven);
        }

        var sunday = grid.Days[(7 * w) - 1];
        var monday = grid.Days[7 * w];
        for (var k = 0; k < before.Count; k++)
        {
            for (var k2 = 0; k2 < after.Count; k2++)
            {
                if (WeekPattern.RestBreached(rules, sunday, monday, before[k], after[k2]))
                {
                    model.AddBoolOr([x[i, w - 1, k].Not(), x[i, w, k2].Not()]);
                }
            }
        }
    }

    /// <param name="carried">Per member, what fairness carries from before the horizon.</param>
    private static void Spread(CpModel model, LinearExprBuilder cost, int weight, int weeks, BoolVar[,,] x, List<List<FairnessLoad>> loads, List<FairnessLoad> carried, Func<FairnessLoad, int> count)
    {
        var most = loads.Sum(week => week.Max(count)) + carried.Max(count);
        var high = model.NewIntVar(0, most, string.Empty);
        var low = model.NewIntVar(0, most, string.Empty);
        for (var i = 0; i < carried.Count; i++)
        {
            var total = LinearExpr.NewBuilder().Add(count(carried[i]));
            for (var w = 0; w < weeks; w++)
            {
                total.Add(LinearExpr.WeightedSum(Enumerable.Range(0, loads[w].Count).Select(k => x[i, w, k]), loads[w].Select(l => (long)count(l))));
            }

            model.Add(total <= high);
            model.Add(total >= low);
        }

        cost.AddTerm(high - low, weight);
    }
}
