using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Makes a conflict shorter to read: CP-SAT's sufficient assumptions are not a least set, and they name rules that only
/// happened to be on its path (the breaks and one-shift-a-day of three listeners, where their days off and hours were the
/// reason). Each rule of the conflict but the floors is left out in turn, all its gates at once; when the rest is still
/// proven to keep no rota, the rule goes (with whatever else the new proof does without). What remains is still a proof.
/// </summary>
internal static class CoreTrimming
{
    /// <summary>
    /// Each trial's budget at most this many times what the first proof took: one that finds no proof quickly is a rule
    /// the conflict needs (without it a rota exists, which CP-SAT is slow to find), not one to wait for.
    /// </summary>
    private const double TrialFactor = 2;

    /// <summary>The least budget of a trial, for a first proof that came at once.</summary>
    private const double LeastTrial = 0.2;

    /// <summary>The keys of <paramref name="core"/> that still prove <paramref name="model"/> keeps no rota, searched until <paramref name="end"/>.</summary>
    public static List<GateKey> Trim(RotaModel model, CpSatRun run, List<GateKey> core, double firstProof, double end, string parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(run);
        var rules = core.Where(k => k.Rule is not (RuleNames.ListenerCover or RuleNames.ManagerCover))
            .GroupBy(k => k.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        foreach (var rule in rules)
        {
            var budget = Math.Min(end - run.Spent, Math.Max(LeastTrial, TrialFactor * firstProof));
            if (run.IsCancelled || budget <= 0)
            {
                break;
            }

            if (!core.Any(k => k.Rule == rule))
            {
                continue;
            }

            model.Model.ClearAssumptions();
            model.Model.AddAssumptions(core.Where(k => k.Rule != rule).Select(model.Gates.LiteralOf));
            var (status, solver) = run.Run(model.Model, "explain", budget, workers: 1, reportsRota: false, extraParameters: parameters);
            if (status == CpSolverStatus.Infeasible)
            {
                core = [.. solver.SufficientAssumptionsForInfeasibility().Select(model.Gates.KeyOf).OfType<GateKey>()];
            }
        }

        return core;
    }
}
