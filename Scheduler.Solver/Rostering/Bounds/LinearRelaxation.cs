using LpSolver = Google.OrTools.LinearSolver.Solver;
using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>
/// The LP relaxation of a CP-SAT model made only of linear constraints (as <see cref="PooledWeekModel"/> is), solved by
/// GLOP. On the pooled week of the 3133 GLOP takes 0.2 s where CP-SAT's own root LP took 5–8 s on the loaded machine.
/// </summary>
internal static class LinearRelaxation
{
    /// <summary>
    /// The LP optimum and its solution (by the proto's variable indices). <c>Bound</c> is a valid lower bound on the model's
    /// integer optimum: the LP optimum rounded up (the objective's coefficients are integers) after a margin for GLOP's
    /// tolerances. Null when the LP is not solved to optimality in time or the model holds a constraint that is not plain linear.
    /// </summary>
    public static (double Bound, double[] Values)? Solve(CpModelProto proto, double seconds)
    {
        ArgumentNullException.ThrowIfNull(proto);
        using var solver = LpSolver.CreateSolver("GLOP");
        var variables = proto.Variables.Select((v, i) => solver.MakeNumVar(v.Domain[0], v.Domain[^1], $"v{i}")).ToArray();
        foreach (var constraint in proto.Constraints)
        {
            if (constraint.ConstraintCase != ConstraintProto.ConstraintOneofCase.Linear || constraint.EnforcementLiteral.Count > 0)
            {
                return null;
            }

            var linear = constraint.Linear;
            var row = solver.MakeConstraint(Finite(linear.Domain[0]), Finite(linear.Domain[^1]));
            for (var k = 0; k < linear.Vars.Count; k++)
            {
                row.SetCoefficient(variables[linear.Vars[k]], linear.Coeffs[k]);
            }
        }

        var objective = solver.Objective();
        for (var k = 0; k < proto.Objective.Vars.Count; k++)
        {
            objective.SetCoefficient(variables[proto.Objective.Vars[k]], proto.Objective.Coeffs[k]);
        }

        objective.SetOffset(proto.Objective.Offset);
        objective.SetMinimization();
        solver.SetTimeLimit((long)Math.Max(100, seconds * 1000));
        if (solver.Solve() != LpSolver.ResultStatus.OPTIMAL)
        {
            return null;
        }

        var value = objective.Value();
        return (Math.Ceiling(value - (1e-6 * Math.Max(1, Math.Abs(value)))), [.. variables.Select(v => v.SolutionValue())]);
    }

    private static double Finite(long bound) => bound switch
    {
        long.MinValue => double.NegativeInfinity,
        long.MaxValue => double.PositiveInfinity,
        _ => bound,
    };
}
