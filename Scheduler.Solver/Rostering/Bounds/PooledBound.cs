using System.Globalization;
using System.Text;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>A lower bound on the objective of every rota of a problem, with what it rests on.</summary>
/// <param name="Value">No rota keeping every hard rule costs less.</param>
internal sealed record LowerBound(double Value);

/// <summary>
/// The pooled lower bound: the weeks of the horizon each relaxed to a <see cref="PooledWeekModel"/> over classes of
/// interchangeable people and solved by CP-SAT; the horizon's bound is the sum of the weeks' proven bounds (every term but
/// fairness adds up over the weeks, and fairness is bounded by 0). Weeks with the same need, opening and availability
/// share one solve.
/// </summary>
internal static class PooledBound
{
    /// <summary>
    /// True when the relaxation sees something to price: a half-hour need or a floor. A problem planned on named shifts with
    /// day-level cover only (the shift-scheduling benchmark) would get a bound of 0 and an empty hint for a tenth of its budget.
    /// </summary>
    internal static bool Applies(RotaProblem problem) =>
        problem.Demand.Count > 0 || problem.Rules.MinTrainedListenersOnDuty > 0 || problem.Rules.MinManagersOnDuty > 0;

    /// <summary>The bound, or null when it could not be computed in the budget (or the relaxation is infeasible: the rota solve says why).</summary>
    /// <param name="budget">Wall seconds, or deterministic units when the options ask for determinism, for all the weeks together.</param>
    internal static LowerBound? Compute(RotaProblem problem, SolverOptions options, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var grid = RotaGrid.Build(problem);
        var classes = StaffClass.Of(problem);
        var keys = Enumerable.Range(0, grid.WeekCount).Select(w => WeekKey(problem, grid, classes, w)).ToList();
        var solved = new Dictionary<string, double>(StringComparer.Ordinal);
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
            if (relaxed is { } lp)
            {
                // Valid, and lets CP-SAT stop as soon as it meets the LP bound instead of searching for a proof it cannot find
                // (as the objective's domain, its bound starts there; as a constraint it would not without the LP).
                var objective = model.Model.Model.Objective;
                objective.Domain.Clear();
                objective.Domain.Add((long)lp - (long)objective.Offset);
                objective.Domain.Add(long.MaxValue);
            }

            // Without presolve CP-SAT reaches the LP bound in under a second on a 3133 week; with it, in 5–8 s (measured). It
            // needs its LP here: without it, it found 19 009 on a week whose optimum is 4 012. One LP worker raised the 3133
            // week's bound from 356 to 378 in 10 s, the two default workers not at all.
            var (status, solver) = run.Run(model.Model, "pooled bound", Math.Max(0.05, share - (Now() - weekStarted)), workers: 1, reportsRota: false, extraParameters: "cp_model_presolve:false linearization_level:1");
            if (status == CpSolverStatus.Infeasible || run.IsCancelled)
            {
                return null;
            }

            solved[keys[w]] = Math.Max(relaxed ?? 0, solver.BestObjectiveBound);
        }

        // The weeks' models price fairness from the horizon alone, and not at all when shifts are carried (PooledFairness).
        return new LowerBound(keys.Sum(k => solved[k]) + CarriedSpread.Least(problem, _ => true));
    }

    /// <summary>What the pooled model of a week depends on, so identical weeks share one solve.</summary>
    internal static string WeekKey(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, int w)
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
