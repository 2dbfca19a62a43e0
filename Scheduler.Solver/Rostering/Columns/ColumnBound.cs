using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// The column bound alone (<see cref="ColumnGeneration"/> on each distinct week, no choice and no layout), for a problem
/// the columns do not plan: a single week, or a re-plan. A published rota adds only the change term, which the patterns
/// leave at 0, and pins only constrain, so the bound of the problem's other terms holds.
/// </summary>
internal static class ColumnBound
{
    /// <param name="Value">The bound of the whole problem.</param>
    /// <param name="ListenerValue">Its share without the managers' block: a bound of the listeners' part (see <see cref="RoleParts"/>).</param>
    /// <param name="Converged">True when every week's pricing proved that no column improves its master.</param>
    public sealed record Result(double Value, double ListenerValue, bool Converged);

    /// <param name="start">A legal rota of the problem, whose weeks start each generation (from artificial columns alone it
    /// did not converge in 3 s).</param>
    /// <returns>The bound, or null when a generation proved nothing in the budget.</returns>
    public static Result? Compute(RotaProblem problem, CpSatRun run, double budget, IReadOnlyList<Assignment> start)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(run);
        var grid = RotaGrid.Build(problem);
        var classes = FairnessRows.Classes(problem, grid);
        var (keys, distinct, alike) = ColumnSearch.Weeks(problem, grid, classes);
        var coupled = distinct.Count > 1 && problem.Rules.ContractHoursApply;
        var end = run.Remaining - budget;
        var total = 0.0;
        var listeners = 0.0;
        var converged = true;
        IReadOnlyList<double>? prices = null;
        // The most frequent week first: with the full-timers' weekly targets, its paid rows' duals price their minutes for the others.
        var order = distinct.OrderByDescending(k => keys.Count(x => x == k)).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            var w = keys.IndexOf(order[i]);
            var week = grid.Week(w).ToList();
            var targets = ColumnSearch.Targets(classes, week, alike || (coupled && i == 0));
            var generation = new ColumnGeneration(problem, grid, classes, w, targets, alike, i == 0 ? null : prices);
            generation.Add(Patterns(problem, grid, classes, keys, order[i], start));
            generation.Run(run, (run.Remaining - end) / (order.Count - i));
            if (double.IsNegativeInfinity(generation.Bound))
            {
                return null;
            }

            converged &= generation.Converged;
            var value = generation.Bound;
            var listenerValue = generation.Bound - generation.ManagerBound;
            if (coupled && i == 0)
            {
                prices = [.. generation.BoundPaidValue];
            }
            else if (prices is not null)
            {
                // The Lagrangian's constant: the priced minutes the week's targets ask of each class.
                var priced = classes.Select((c, k) => (c.IsManager, Value: prices[k] * c.Size * ContractTargets.WeeklyTarget(c.Representative, week))).ToList();
                value += priced.Sum(x => x.Value);
                listenerValue += priced.Where(x => !x.IsManager).Sum(x => x.Value);
            }

            total += value * keys.Count(k => k == order[i]);
            listeners += listenerValue * keys.Count(k => k == order[i]);
        }

        var (carried, carriedListeners) = ColumnSearch.Carried(problem, grid);
        total += carried;
        listeners += carriedListeners;
        return ColumnSearch.Bound(total) is { } bound && ColumnSearch.Bound(listeners) is { } listenerBound ? new Result(bound, listenerBound, converged) : null;
    }

    /// <summary>Every member's week pattern in each week of <paramref name="rota"/> with the key.</summary>
    private static IEnumerable<WeekPattern> Patterns(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, List<string> keys, string key, IReadOnlyList<Assignment> rota)
    {
        for (var w = 0; w < keys.Count; w++)
        {
            if (keys[w] != key)
            {
                continue;
            }

            for (var c = 0; c < classes.Count; c++)
            {
                foreach (var member in classes[c].Members)
                {
                    if (WeekPattern.Read(c, grid, w, problem.Staff[member].Id, rota, problem.Weights.StartTimeStability, classes[c].DeferredCost(problem.Weights)) is { } pattern)
                    {
                        yield return pattern;
                    }
                }
            }
        }
    }
}
