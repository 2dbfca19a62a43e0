using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// A horizon of several weeks planned from column generation (<see cref="ColumnSearch"/>): its rota, evaluated exactly,
/// then improved by CP-SAT over the whole horizon when that model is small enough; its bound is the column bound. On the
/// 3133 over 4 weeks (30 s, quiet machine) this rota costs a fifth of the week-by-week search's and the bound is a third
/// higher than the pooled one (see README, Bounds and gaps).
/// </summary>
internal static class ColumnPath
{
    /// <summary>
    /// Share of the budget for the columns when the whole horizon can be improved afterwards (what they leave unused goes to
    /// the improvement); all but the evaluation otherwise.
    /// </summary>
    private const double ColumnShare = 0.5;

    private const double LargeColumnShare = 0.85;

    /// <summary>Share of the improvement's time for the smaller part (the managers) when the problem splits by role.</summary>
    private const double SmallPartShare = 0.3;

    /// <summary>
    /// Evaluating a large platform's rota week by week takes about 40 ms per person on 2 cores (500 people: 20 s), so the
    /// columns leave that much of the budget (at least 30 % of it for them).
    /// </summary>
    private static double LargeShare(RotaProblem problem, double total) =>
        Math.Clamp(1 - ((1 + (0.05 * problem.Staff.Count)) / Math.Max(1, total)), 0.3, LargeColumnShare);

    /// <summary>The rota, or null when no legal rota came from the columns in time (the bound may still hold: see <see cref="WithBound"/>).</summary>
    public static (RotaSolution? Solution, double? Bound) Solve(RotaProblem problem, CpSatRun run, bool wholeFits, CancellationToken cancellationToken)
    {
        var total = run.Remaining;
        var result = ColumnSearch.Solve(problem, run, total * (wholeFits ? ColumnShare : LargeShare(problem, total)));
        if (cancellationToken.IsCancellationRequested)
        {
            return (null, null);
        }

        // The whole horizon's model, or its managers' and listeners' models apart (the objective and the rules add up).
        var parts = wholeFits ? RoleParts.Split(problem) ?? [problem] : null;
        var models = parts?.Select(part => RotaModel.Build(part)).ToList();
        SolutionSnapshot[]? Evaluate(IReadOnlyList<Assignment>? rota)
        {
            if (rota is null)
            {
                return null;
            }

            if (models is null)
            {
                return WeekByWeek(problem, rota, run) is { } weeks ? [weeks] : null;
            }

            var snapshots = models.Select((m, i) => RotaCompletion.Complete(m, RoleParts.Of(parts![i], rota), run, 10)).ToArray();
            return snapshots.All(x => x is not null) ? [.. snapshots.Select(x => x!)] : null;
        }

        var best = Evaluate(result.Rota);
        if (best is null && Evaluate(result.First) is { } first)
        {
            best = first;
        }

        if (best is null)
        {
            return (null, result.Bound);
        }

        run.KnownBound = result.Bound ?? 0;
        run.Report("columns", best.Sum(b => b.Objective), result.Bound ?? 0);
        var status = CpSolverStatus.Feasible;
        double? partsBound = null;
        if (models is not null && run.Remaining > 0.5)
        {
            (status, partsBound) = Improve(models, best, run);
        }

        var combined = Combine(best);
        double? bound = partsBound is { } p ? Math.Max(result.Bound ?? 0, p) : result.Bound;
        var solution = RotaSolver.Solved(status, combined, bound is { } b ? Math.Min(b, combined.Objective) : null, run);
        solution = solution with
        {
            Status = status == CpSolverStatus.Optimal || (bound ?? 0) >= combined.Objective ? SolveStatus.Optimal : SolveStatus.Feasible,
            BoundSource = result.Bound is { } c && c >= (bound ?? 0) ? BoundSources.Columns : solution.BoundSource,
        };
        return (solution, result.Bound);
    }

    /// <summary>
    /// CP-SAT improves each part's rota on its own model, hinted with it, the smallest part first with
    /// <see cref="SmallPartShare"/> of the time; the status is optimal when every part is proven so, and the parts' bounds add up.
    /// </summary>
    private static (CpSolverStatus Status, double? Bound) Improve(List<RotaModel> models, SolutionSnapshot[] best, CpSatRun run)
    {
        var proven = true;
        var bound = 0.0;
        var order = Enumerable.Range(0, models.Count).OrderBy(i => models[i].Staff.Count).ToList();
        for (var k = 0; k < order.Count; k++)
        {
            var i = order[k];
            var budget = k == order.Count - 1 ? run.Remaining : run.Remaining * SmallPartShare;
            if (budget <= 0.1)
            {
                return (CpSolverStatus.Feasible, null);
            }

            run.ObjectiveOffset = best.Where((_, j) => j != i).Sum(x => x.Objective);
            SolutionReader.HintAll(models[i], best[i]);
            var (found, solver) = run.Run(models[i].Model, "whole horizon", budget, improving: true);
            run.ObjectiveOffset = 0;
            if (found is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            {
                return (CpSolverStatus.Feasible, null);
            }

            var improved = SolutionReader.Capture(solver, models[i]);
            best[i] = improved.Objective <= best[i].Objective ? improved : best[i];
            proven &= found == CpSolverStatus.Optimal;
            bound += Math.Max(0, solver.BestObjectiveBound);
        }

        return (proven ? CpSolverStatus.Optimal : CpSolverStatus.Feasible, bound);
    }

    /// <summary>The parts' rotas as one: their objectives, terms and shifts add up.</summary>
    private static SolutionSnapshot Combine(SolutionSnapshot[] parts) =>
        parts.Length == 1 ? parts[0] : new SolutionSnapshot(
            [],
            parts.Sum(p => p.Objective),
            parts.SelectMany(p => p.Terms).GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(t => t.Value), StringComparer.Ordinal),
            [.. parts.SelectMany(p => p.Assignments)]);

    /// <summary>A rota found otherwise, with the column bound when that is stronger than its own (it bounds every rota of the problem).</summary>
    public static RotaSolution WithBound(RotaSolution solution, double? bound)
    {
        ArgumentNullException.ThrowIfNull(solution);
        if (bound is not { } b || solution.Objective is not { } objective || b <= (solution.BestBound ?? 0))
        {
            return solution;
        }

        var floor = Math.Min(b, objective);
        return solution with
        {
            Status = b >= objective ? SolveStatus.Optimal : solution.Status,
            BestBound = floor,
            Gap = RotaSolution.GapOf(objective, floor),
            BoundSource = BoundSources.Columns,
        };
    }

    /// <summary>The rota's exact terms, week after week on each week's model (the whole horizon's is too large to build).</summary>
    private static SolutionSnapshot? WeekByWeek(RotaProblem problem, IReadOnlyList<Assignment> rota, CpSatRun run)
    {
        var weeks = new List<WeekRota>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            var first = problem.Start.PlusDays(7 * w);
            var mine = rota.Where(a => a.Date >= first && a.Date < first.PlusDays(7)).ToList();
            if (WeekSolver.Evaluate(problem, w, WeekRotas.Flatten(weeks), mine, run) is not { } week)
            {
                return null;
            }

            weeks.Add(week);
        }

        var (objective, terms) = WeekRotas.Combine(weeks);
        return new SolutionSnapshot([], objective, terms, WeekRotas.Flatten(weeks));
    }
}
