using System.Diagnostics;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Plans a rota with CP-SAT. For several weeks it first builds rotas from one-week solves (see <see cref="Seed"/>),
/// completes the best into a full solution of the whole-horizon model (every slack and helper variable set by a solve
/// with the decisions fixed), hints it, and improves it over the whole horizon with the remaining time.
/// An infeasible problem is explained by rule, person and dates, and a floor that staff cannot cover is measured.
/// </summary>
public static class RotaSolver
{
    public static RotaSolution Solve(RotaProblem problem, SolverOptions? options = null, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= SolverOptions.Default;
        var run = new CpSatRun(options, Stopwatch.GetTimestamp(), progress, cancellationToken);
        var budget = options.DeterministicTimeLimit ?? options.TimeLimit.TotalSeconds;
        double Remaining() => options.DeterministicTimeLimit is { } d ? d : Math.Max(0.1, budget - run.Elapsed);

        var model = RotaModel.Build(problem);
        SolutionSnapshot? seed = null;
        var spent = 0.0;
        if (options.WeekByWeekSeed && problem.Weeks > 1)
        {
            (seed, spent) = Seed(problem, model, options, run, budget, Remaining);
        }

        var mainBudget = options.DeterministicTimeLimit is { } total ? Math.Max(0.1, total - spent) : Remaining();
        var (status, solver) = run.Run(model.Model, "improve", mainBudget);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var best = SolutionReader.Capture(solver, model);
            var bound = solver.BestObjectiveBound;
            return new RotaSolution(
                status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible,
                best.Objective, best.Terms, bound, RotaSolution.GapOf(best.Objective, bound),
                run.Elapsed, run.FirstSolutionAt, best.Assignments, [], []);
        }

        if (seed is not null)
        {
            return new RotaSolution(SolveStatus.Feasible, seed.Objective, seed.Terms, null, null, run.Elapsed, run.FirstSolutionAt, seed.Assignments, [], []);
        }

        if (status == CpSolverStatus.Infeasible && !cancellationToken.IsCancellationRequested)
        {
            var (conflicts, shortages) = ConflictExplainer.Explain(problem, run, options.ExplainTimeLimit.TotalSeconds);
            return new RotaSolution(SolveStatus.Infeasible, null, new Dictionary<string, long>(), null, null, run.Elapsed, null, [], conflicts, shortages);
        }

        return new RotaSolution(SolveStatus.Unknown, null, new Dictionary<string, long>(), null, null, run.Elapsed, null, [], [], []);
    }

    /// <summary>
    /// The seed phases. A: a quick first week (one worker, no LP: fastest to a first rota), repeated over the horizon.
    /// B: every week solved in turn with a larger share of the budget, hinted with A. The better complete rota hints C,
    /// the whole-horizon improvement. Returns the best seed and the budget spent (deterministic units in that mode).
    /// </summary>
    private static (SolutionSnapshot? Seed, double Spent) Seed(RotaProblem problem, RotaModel model, SolverOptions options, CpSatRun run, double budget, Func<double> remaining)
    {
        var completion = Math.Max(2, budget * 0.1);
        var quick = Math.Max(1, budget * 0.08);
        var spent = quick;
        SolutionSnapshot? best = null;

        // Large platforms may need more than the quick share for a first week: one retry with both workers.
        var firstWeek = WeekByWeekSeeder.SolveWeek(problem, 0, [], null, run, quick, workers: 1);
        if (firstWeek is null && !run.IsCancelled)
        {
            spent += budget * 0.3;
            firstWeek = WeekByWeekSeeder.SolveWeek(problem, 0, [], null, run, budget * 0.3, options.Workers);
        }

        if (firstWeek is not null)
        {
            var repeated = WeekByWeekSeeder.Repeat(problem, firstWeek);
            best = Complete(model, repeated, run, Math.Min(remaining(), completion));

            // Week by week only while it leaves a fifth of the budget to the whole-horizon improvement.
            var perWeek = Math.Min(budget * options.SeedShare, (options.DeterministicTimeLimit is null ? remaining() : budget - spent) - (budget * 0.2)) / problem.Weeks;
            if (perWeek >= 0.5)
            {
                spent += perWeek * problem.Weeks;
                var weekly = WeekByWeekSeeder.SolveAll(problem, repeated, run, perWeek, options.Workers);
                var refined = weekly is null ? null : Complete(model, weekly, run, Math.Min(remaining(), completion), best?.Objective);
                best = refined ?? best;
            }
        }

        if (best is not null)
        {
            SolutionReader.HintAll(model, best);
        }

        return (best, spent);
    }

    /// <summary>
    /// Turns a rota into a complete solution of the whole-horizon model (shortage pieces, spreads, weekend flags...) by solving
    /// with every decision fixed to the rota, then hints the model with all of it: CP-SAT takes a complete hint as its first
    /// solution. Returns null when the rota breaks a rule of the whole horizon, or does not beat <paramref name="mustBeat"/>.
    /// </summary>
    private static SolutionSnapshot? Complete(RotaModel model, IReadOnlyList<Assignment> rota, CpSatRun run, double budget, double? mustBeat = null)
    {
        SolutionReader.HintDecisions(model, rota);
        var (status, solver) = run.Run(model.Model, "seed", budget, workers: 1, reportsRota: false, extraParameters: "fix_variables_to_their_hinted_value:true");
        model.Model.Model.SolutionHint = null;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var snapshot = SolutionReader.Capture(solver, model);
        if (mustBeat is { } incumbent && snapshot.Objective >= incumbent)
        {
            return null;
        }

        // No bound is known yet for the whole horizon: report 0, i.e. a gap of 100 %, until the improvement phase proves one.
        run.Report("seed", snapshot.Objective, 0);
        return snapshot;
    }
}
