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

        var whole = wholeFits ? RotaModel.Build(problem) : null;
        SolutionSnapshot? Evaluate(IReadOnlyList<Assignment>? rota) =>
            rota is null ? null : whole is not null ? RotaCompletion.Complete(whole, rota, run, 10) : WeekByWeek(problem, rota, run);
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
        run.Report("columns", best.Objective, result.Bound ?? 0);
        double? bound = result.Bound;
        var status = CpSolverStatus.Feasible;
        if (whole is not null && run.Remaining > 0.5)
        {
            SolutionReader.HintAll(whole, best);
            var (found, solver) = run.Run(whole.Model, "whole horizon", run.Remaining, improving: true);
            if (found is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                var improved = SolutionReader.Capture(solver, whole);
                best = improved.Objective <= best.Objective ? improved : best;
                bound = Math.Max(bound ?? 0, solver.BestObjectiveBound);
                status = found;
            }
        }

        var solution = RotaSolver.Solved(status, best, bound is { } b ? Math.Min(b, best.Objective) : null, run);
        solution = solution with
        {
            Status = status == CpSolverStatus.Optimal || (bound ?? 0) >= best.Objective ? SolveStatus.Optimal : SolveStatus.Feasible,
            BoundSource = result.Bound is { } c && c >= (bound ?? 0) ? BoundSources.Columns : solution.BoundSource,
        };
        return (solution, result.Bound);
    }

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
