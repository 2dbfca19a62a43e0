using Scheduler.Solver.Rostering;

namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>One instance solved by the product's engine, with the benchmark's independent evaluation of the rota found.</summary>
/// <param name="Evaluation">The evaluator's reading of <paramref name="Assignments"/>, or null when no rota was found.</param>
public sealed record InstanceResult(RotaSolution Solution, IReadOnlyList<ShiftAssignment> Assignments, Evaluation? Evaluation)
{
    /// <summary>True when a rota was found and the engine's objective is not the evaluator's, or the evaluator finds a broken hard rule.</summary>
    public bool Disagrees => Evaluation is { } e && (Solution.Objective is not { } o || Math.Abs(o - e.Objective) > 0.5 || !e.IsFeasible);
}

/// <summary>Solves an instance through <see cref="InstanceAdapter"/> and <see cref="RotaSolver"/>, then re-checks it.</summary>
public static class InstanceSolve
{
    public static InstanceResult Run(Instance instance, SolverOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var problem = InstanceAdapter.ToProblem(instance);
        // Horizon-wide limits (weekends, minutes, shift counts) cannot be cut into weeks.
        var solution = RotaSolver.Solve(problem, options with { Strategy = SolveStrategy.Monolithic }, null, cancellationToken);
        if (solution.Status is not (SolveStatus.Optimal or SolveStatus.Feasible))
        {
            return new InstanceResult(solution, [], null);
        }

        var assignments = InstanceAdapter.ToAssignments(problem, solution.Assignments);
        return new InstanceResult(solution, assignments, ShiftSchedulingEvaluator.Evaluate(instance, assignments, HorizonEdges.Exempt));
    }
}
