using Google.OrTools.Sat;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// What the column path does with each part's laid rota once it is evaluated (see <see cref="ColumnPath"/>): the managers'
/// shifts searched on their relaxation's days, the fairness trades, then CP-SAT on the part's whole horizon.
/// </summary>
internal static class PartImprovement
{
    /// <summary>Share of the improvement's time for the smaller part (the managers) when the problem splits by role.</summary>
    internal const double SmallPartShare = 0.3;

    /// <summary>
    /// Deterministic units the whole-horizon search spends per wall second: 7.9 units took 24.6 s on the 3133's listeners
    /// over 4 weeks, 3.7 units 11.9 s (loading and presolving the model count little, and the search overshoots its units).
    /// In deterministic mode it gets this share of its budget's units, so it ends about when it would by the clock.
    /// </summary>
    private const double WholeHorizonUnitsPerSecond = 0.25;

    /// <summary>Seconds at most for a part's fairness trades (<see cref="FairnessTrades"/>).</summary>
    private const double TradeBudget = 3;

    /// <summary>
    /// Rounds of trades then search for a part of one week: the search's rota, traded again, gives the next search another
    /// start. On the service's week of 7 December 2026 (fairness carried from four weeks back, 30 s by the clock) one round
    /// ended at 1 116–1 141 in six runs, two at 1 096–1 109, three at 977–1 136 in ten (seven at 1 036–1 090), four at
    /// 1 046–1 079, six at 1 112; the 3133's own week in 30 units at 631 against 644 (see docs/solver-search.md). Over several weeks the search's model takes seconds to load
    /// each time, and three rounds left the 3133 over 4 weeks at 2 204 but took 54 s of its 30 units against 38.
    /// </summary>
    private const int OneWeekRounds = 3;

    /// <summary>
    /// Seconds (or units) of the part's time per round at least: a short search cut in three found less than one whole (a
    /// crowded test week in 5 units left a full-timer owed 3 h 30 at 35 h 45 instead of 38 h 30).
    /// </summary>
    private const double RoundLeastSeconds = 2;

    /// <summary>Seconds at most for evaluating a searched rota exactly (see <see cref="Exact"/>), past the time limit if need be.</summary>
    private const double ExactBudget = 1;

    /// <summary>Seconds a part's search leaves for that evaluation (it took about 0.3 s on the 3133's listeners over 4 weeks).</summary>
    private const double ExactReserve = 0.3;

    /// <summary>
    /// CP-SAT improves each part's rota on its own model, hinted with it, the smallest part first with
    /// <see cref="SmallPartShare"/> of the time; a part with a day plan first searches its shifts on the plan's days.
    /// </summary>
    /// <param name="bounds">Per part, a lower bound on its objective, raised to CP-SAT's when that is higher.</param>
    /// <returns>Optimal when every part is proven so.</returns>
    public static CpSolverStatus Improve(
        IReadOnlyList<RotaProblem> parts, List<RotaModel?> models, List<DayRelaxation.Plan?> plans, SolutionSnapshot[] best, double[] bounds, CpSatRun run)
    {
        var proven = models.All(m => m is not null);
        var order = Enumerable.Range(0, models.Count).Where(i => models[i] is not null).OrderBy(i => parts[i].Staff.Count).ToList();
        for (var k = 0; k < order.Count; k++)
        {
            var i = order[k];
            var model = models[i]!;
            var end = run.Remaining - (k == order.Count - 1 ? run.Remaining : run.Remaining * SmallPartShare);
            if (run.Remaining - end <= 0.1)
            {
                return CpSolverStatus.Feasible;
            }

            run.ObjectiveOffset = best.Where((_, j) => j != i).Sum(x => x.Objective);
            var searched = false;
            if (plans[i] is { } plan && FromDays(parts[i], plan, run, (run.Remaining - end) / 2) is { } planned && planned.Objective < best[i].Objective)
            {
                (best[i], searched) = (planned, true);
            }

            var rounds = parts[i].Weeks == 1 ? Math.Clamp((int)((run.Remaining - end) / RoundLeastSeconds), 1, OneWeekRounds) : 1;
            var found = CpSolverStatus.Unknown;
            for (var r = 0; r < rounds && found != CpSolverStatus.Optimal; r++)
            {
                if (r > 0 && searched)
                {
                    // The trades price from the rota's exact terms.
                    (best[i], searched) = (Exact(model, best[i], run), false);
                }

                (found, searched) = Round(parts[i], model, best, i, bounds, run, end, rounds - r, searched);
            }

            run.ObjectiveOffset = 0;
            if (searched)
            {
                best[i] = Exact(model, best[i], run);
            }

            proven &= found == CpSolverStatus.Optimal || bounds[i] >= best[i].Objective;
        }

        return proven ? CpSolverStatus.Optimal : CpSolverStatus.Feasible;
    }

    /// <summary>
    /// The fairness trades on the part's best rota, then CP-SAT on its whole horizon hinted with the result, for a share of
    /// the time left to <paramref name="end"/> (all of it in the last of <paramref name="roundsLeft"/>).
    /// </summary>
    /// <returns>The search's status, and whether its rota replaced the best (so it still needs <see cref="Exact"/>).</returns>
    private static (CpSolverStatus Found, bool Searched) Round(
        RotaProblem part, RotaModel model, SolutionSnapshot[] best, int i, double[] bounds, CpSatRun run, double end, int roundsLeft, bool searched)
    {
        if (FairnessTrades.Even(part, best[i].Assignments, run, Math.Min(TradeBudget, (run.Remaining - end) / 2)) is { } traded
            && RotaCompletion.Complete(model, traded, run, ExactBudget) is { } evened && evened.Objective < best[i].Objective)
        {
            best[i] = evened;
            run.Report("trades", best[i].Objective, run.KnownBound);
        }

        SolutionReader.HintAll(model, best[i]);
        var units = run.IsDeterministic ? WholeHorizonUnitsPerSecond : 1;
        var (found, solver) = run.Run(model.Model, "whole horizon", Math.Max(0.1, (run.Remaining - end - ExactReserve) * units / roundsLeft), improving: true);
        if (found is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var improved = SolutionReader.Capture(solver, model);
            if (improved.Objective <= best[i].Objective)
            {
                (best[i], searched) = (improved, found != CpSolverStatus.Optimal);
            }

            bounds[i] = Math.Max(bounds[i], solver.BestObjectiveBound);
        }

        return (found, searched);
    }

    /// <summary>
    /// A rota from a search its time limit stopped, at what the model charges for it: such a search's last solution can
    /// leave a helper above its least value (a spread's maximum above every count), which overstated the objective (961
    /// against 949 on a two-week platform under the test suite's load). Every decision fixed, the evaluation takes a
    /// fraction of a second.
    /// </summary>
    private static SolutionSnapshot Exact(RotaModel model, SolutionSnapshot found, CpSatRun run) =>
        RotaCompletion.Complete(model, found.Assignments, run, ExactBudget) is { } exact && exact.Objective <= found.Objective ? exact : found;

    /// <summary>The part's best rota on the plan's days (who works, who ends at closing), or null.</summary>
    public static SolutionSnapshot? FromDays(RotaProblem part, DayRelaxation.Plan plan, CpSatRun run, double budget)
    {
        var model = RotaModel.Build(part);
        DayRelaxation.Fix(model, plan);
        var (found, solver) = run.Run(model.Model, "days", budget, improving: true);
        return found is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? SolutionReader.Capture(solver, model) : null;
    }
}
