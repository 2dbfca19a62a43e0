using System.Globalization;
using System.Text;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>A lower bound on the objective of every rota of a problem, with what it rests on.</summary>
/// <param name="Value">No rota keeping every hard rule costs less.</param>
/// <param name="Proven">True when each week's pooled model was solved to optimality (the bound is then the relaxation's optimum).</param>
internal sealed record LowerBound(double Value, bool Proven);

/// <summary>
/// The pooled lower bound: the weeks of the horizon each relaxed to a <see cref="PooledWeekModel"/> over classes of
/// interchangeable people and solved by CP-SAT; the horizon's bound is the sum of the weeks' proven bounds (every term but
/// fairness adds up over the weeks, and fairness is bounded by 0). Weeks with the same need, opening and availability
/// share one solve.
/// </summary>
internal static class PooledBound
{
    /// <summary>The bound, or null when it could not be computed in the budget (or the relaxation is infeasible: the rota solve says why).</summary>
    /// <param name="budget">Wall seconds, or deterministic units when the options ask for determinism, for all the weeks together.</param>
    internal static LowerBound? Compute(RotaProblem problem, SolverOptions options, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var grid = RotaGrid.Build(problem);
        var classes = StaffClass.Of(problem);
        var keys = Enumerable.Range(0, grid.WeekCount).Select(w => WeekKey(problem, grid, classes, w)).ToList();
        var solved = new Dictionary<string, (double Bound, bool Proven)>(StringComparer.Ordinal);
        double Now() => options.DeterministicTimeLimit is null ? run.Elapsed : run.DeterministicSpent;
        var started = Now();
        for (var w = 0; w < grid.WeekCount; w++)
        {
            if (solved.ContainsKey(keys[w]))
            {
                continue;
            }

            var unsolved = keys.Distinct(StringComparer.Ordinal).Count(k => !solved.ContainsKey(k));
            var share = Math.Max(0.05, (budget - (Now() - started)) / unsolved);
            var model = PooledWeekModel.Build(problem, grid, classes, w);
            var weekStarted = Now();
            var relaxed = LinearRelaxation.Solve(model.Model.Model, share)?.Bound;
            var (status, solver) = run.Run(model.Model, "pooled bound", Math.Max(0.05, share - (Now() - weekStarted)), reportsRota: false);
            if (status == CpSolverStatus.Infeasible || run.IsCancelled)
            {
                return null;
            }

            var bound = Math.Max(relaxed ?? 0, solver.BestObjectiveBound);
            solved[keys[w]] = (bound, status == CpSolverStatus.Optimal || (status == CpSolverStatus.Feasible && solver.ObjectiveValue <= bound));
        }

        return new LowerBound(keys.Sum(k => solved[k].Bound), keys.All(k => solved[k].Proven));
    }

    /// <summary>What the pooled model of a week depends on, so identical weeks share one solve.</summary>
    private static string WeekKey(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, int w)
    {
        var week = grid.Week(w).ToList();
        var key = new StringBuilder();
        foreach (var day in week)
        {
            key.Append(CultureInfo.InvariantCulture, $"{day.OpenSlot}-{day.CloseSlot}:{string.Join(',', PooledWeekModel.Allowed(problem.Rules, day).Select(t => $"{t.StartSlot}+{t.LengthSlots}"))};");
            foreach (var c in classes)
            {
                key.Append(c.IsAvailable(day) ? 'a' : '-').Append(c.CountsAsListener(day) ? 'l' : '-');
            }
        }

        foreach (var c in classes)
        {
            key.Append(CultureInfo.InvariantCulture, $"|{c.MinimumPaid(week, problem.Rules)}-{c.MaximumPaid(week, problem.Rules)}");
        }

        var dates = week.Select(d => d.Index).ToHashSet();
        foreach (var (day, slot, channel, required) in DemandCoverage.Requirements(problem, grid).Where(r => dates.Contains(r.Day.Index)))
        {
            key.Append(CultureInfo.InvariantCulture, $"|{day.Index - week[0].Index}.{slot}.{channel}.{required}");
        }

        return key.ToString();
    }
}
