using Google.OrTools.Sat;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>The floor minima and the coverage terms of the pooled model, priced exactly as the full model prices them.</summary>
internal static class PooledCoverage
{
    public static void AddFloors(CpModel model, RuleSettings rules, IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week, PooledDuty duty)
    {
        foreach (var day in week.Where(d => d.IsOpen))
        {
            foreach (var slot in day.OpenSlots)
            {
                AddFloor(model, rules.MinManagersOnDuty, classes.Where(c => c.IsManager), day, slot, duty);
                AddFloor(model, rules.MinTrainedListenersOnDuty, classes.Where(c => c.CountsAsListener(day)), day, slot, duty);
            }
        }
    }

    /// <summary>Under-coverage (convex: W, 2 W, then 3 W per missing listener) and over-coverage per slot and channel of the week.</summary>
    public static void AddDemand(CpModel model, RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week, PooledDuty duty, LinearExprBuilder cost)
    {
        var weights = problem.Weights;
        var staff = problem.Staff.Count;
        var dates = week.Select(d => d.Index).ToHashSet();
        foreach (var (day, slot, channel, required) in DemandCoverage.Requirements(problem, grid).Where(r => dates.Contains(r.Day.Index)))
        {
            var onDuty = LinearExpr.NewBuilder();
            foreach (var c in classes.Where(c => c.CoversChannel(day, channel)))
            {
                duty.AddOnDuty(onDuty, c, day, slot);
            }

            if (weights.UnderCoverage > 0)
            {
                var missing = model.NewIntVar(0, required, $"pu_{day.Index}_{slot}_{channel}");
                model.Add(onDuty + missing >= required);
                // The full model's pieces: the first missing listener costs W, the second 2 W, each further one 3 W.
                var first = model.NewIntVar(0, 1, $"pu1_{day.Index}_{slot}_{channel}");
                var second = model.NewIntVar(0, 1, $"pu2_{day.Index}_{slot}_{channel}");
                var rest = model.NewIntVar(0, Math.Max(0, required - 2), $"pu3_{day.Index}_{slot}_{channel}");
                model.Add(first + second + rest == missing);
                cost.AddTerm(first, weights.UnderCoverage).AddTerm(second, 2L * weights.UnderCoverage).AddTerm(rest, 3L * weights.UnderCoverage);
            }

            if (weights.OverCoverage > 0)
            {
                var over = model.NewIntVar(0, staff, $"po_{day.Index}_{slot}_{channel}");
                model.Add(onDuty - over <= required);
                cost.AddTerm(over, weights.OverCoverage);
            }
        }
    }

    private static void AddFloor(CpModel model, int minimum, IEnumerable<StaffClass> counted, DayGrid day, int slot, PooledDuty duty)
    {
        if (minimum <= 0)
        {
            return;
        }

        var onDuty = LinearExpr.NewBuilder();
        foreach (var c in counted)
        {
            duty.AddOnDuty(onDuty, c, day, slot);
        }

        model.Add(onDuty >= minimum);
    }
}
