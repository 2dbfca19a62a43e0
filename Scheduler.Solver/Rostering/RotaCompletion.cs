using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Evaluates a rota on a model: a solve with every decision fixed to the rota gives each slack and helper its best value,
/// so the objective and terms are exactly what the model charges for that rota, and the values form a complete hint.
/// </summary>
internal static class RotaCompletion
{
    /// <summary>Null when the rota breaks a rule of the model, or when the budget ran out first.</summary>
    public static SolutionSnapshot? Complete(RotaModel model, IReadOnlyList<Assignment> rota, CpSatRun run, double budget)
    {
        SolutionReader.HintDecisions(model, rota);
        var (status, solver) = run.Run(model.Model, "evaluate", budget, workers: 1, reportsRota: false, extraParameters: "fix_variables_to_their_hinted_value:true");
        model.Model.Model.SolutionHint = null;
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? SolutionReader.Capture(solver, model) : null;
    }
}
