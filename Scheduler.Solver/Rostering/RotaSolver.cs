using System.Diagnostics;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Plans a rota with CP-SAT. For several weeks it first solves week by week (a complete, valid rota within a fraction of
/// the budget), completes that rota into a full solution of the whole-horizon model (every slack and helper variable set
/// by a solve with the decisions fixed), hints it, and improves it over the whole horizon with the remaining time.
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
            var perWeek = budget * options.SeedShare / problem.Weeks;
            foreach (var rota in WeekByWeekSeeder.Candidates(problem, run, perWeek))
            {
                spent += perWeek;
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                seed = Complete(model, rota, run, Math.Min(Remaining(), Math.Max(2, budget * 0.1)));
                if (seed is not null)
                {
                    break;
                }
            }
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
    /// Turns a rota into a complete solution of the whole-horizon model (shortage pieces, spreads, weekend flags...) by solving
    /// with every decision fixed to the rota, then hints the model with all of it: CP-SAT takes a complete hint as its first
    /// solution. Returns null when the rota breaks a rule of the whole horizon.
    /// </summary>
    private static SolutionSnapshot? Complete(RotaModel model, IReadOnlyList<Assignment> rota, CpSatRun run, double budget)
    {
        var fixing = SolutionReader.Fixing(model, rota);
        var decisions = new PartialVariableAssignment();
        decisions.Vars.AddRange(fixing.Select(l => l.GetIndex() >= 0 ? l.GetIndex() : -l.GetIndex() - 1));
        decisions.Values.AddRange(fixing.Select(l => l.GetIndex() >= 0 ? 1L : 0L));
        model.Model.Model.SolutionHint = decisions;
        var (status, solver) = run.Run(model.Model, "seed", budget, workers: 1, reportsRota: false, extraParameters: "fix_variables_to_their_hinted_value:true");
        model.Model.Model.SolutionHint = null;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var snapshot = SolutionReader.Capture(solver, model);
        var hint = new PartialVariableAssignment();
        hint.Vars.AddRange(Enumerable.Range(0, snapshot.Values.Length));
        hint.Values.AddRange(snapshot.Values);
        model.Model.Model.SolutionHint = hint;

        // No bound is known yet for the whole horizon: report 0, i.e. a gap of 100 %, until the improvement phase proves one.
        run.Report("seed", snapshot.Objective, 0);
        return snapshot;
    }
}
