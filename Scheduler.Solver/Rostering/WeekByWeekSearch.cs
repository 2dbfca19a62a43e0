using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Week by week: a one-week model is small and CP-SAT solves it well, while the whole horizon is large and its LP slow.
/// Pass 1 plans each week in turn with one worker up to its first rota (hinted with the week before, shifted), so a complete
/// rota exists early. Pass 2 plans each week again with both workers and most of the budget. The weeks' terms add up to
/// the whole horizon's (fairness carries the earlier weeks, so the last week's spread is the horizon's). When the whole
/// model is small, CP-SAT then improves the whole horizon from that rota for the time left and proves a bound.
/// </summary>
internal static class WeekByWeekSearch
{
    /// <summary>Budget of the first pass, as a share of the whole, spread over the weeks (each stops at its first rota).</summary>
    private const double FirstPassShare = 0.5;

    /// <summary>Without a whole-horizon phase, the weekly passes stop here: the rest evaluates each week exactly on its whole model.</summary>
    private const double EvaluatedShare = 0.85;

    /// <summary>Below this (seconds or deterministic units) a week is not worth improving: it takes its quick rota instead.</summary>
    private const double MinimumWeekBudget = 0.5;

    /// <summary>The rota, or null with whether a week was proven infeasible (the whole horizon then explains why).</summary>
    public static (RotaSolution? Solution, bool WeekInfeasible) Solve(RotaProblem problem, SolverOptions options, CpSatRun run, bool wholeFits)
    {
        var total = options.DeterministicTimeLimit ?? options.TimeLimit.TotalSeconds;
        double Used() => total - run.Remaining;

        var solvedAlone = new HashSet<int>();
        var first = FirstPass(problem, run, total * FirstPassShare, Used, solvedAlone, out var weekInfeasible);
        if (first is null)
        {
            return (null, weekInfeasible);
        }

        run.MarkFirstRota();

        // A small whole-horizon model evaluates each complete rota exactly and then improves the best; a large one is never built.
        var whole = wholeFits ? RotaModel.Build(problem) : null;
        var best = whole is null ? null : RotaCompletion.Complete(whole, WeekRotas.Flatten(first), run, 10);
        Report(run, "first rota", best, null);

        var weeks = Improve(problem, first, solvedAlone, run, total * (wholeFits ? options.SeedShare : EvaluatedShare), Used, exact: whole is null);
        var candidate = whole is not null
            ? (weeks is null ? null : RotaCompletion.Complete(whole, WeekRotas.Flatten(weeks), run, 10))
            : Snapshot(weeks ?? Evaluate(problem, first, run) ?? first);
        Report(run, "week by week", candidate, best);
        best = candidate is not null && (best is null || candidate.Objective < best.Objective) ? candidate : best;
        if (best is null)
        {
            return (null, false);
        }

        if (whole is null || run.Remaining < MinimumWeekBudget)
        {
            return (RotaSolver.Solved(CpSolverStatus.Feasible, best, null, run), false);
        }

        SolutionReader.HintAll(whole, best);
        var (status, solver) = run.Run(whole.Model, "whole horizon", run.Remaining);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var improved = SolutionReader.Capture(solver, whole);
            return (RotaSolver.Solved(status, improved.Objective <= best.Objective ? improved : best, solver.BestObjectiveBound, run), false);
        }

        return (RotaSolver.Solved(CpSolverStatus.Feasible, best, null, run), false);
    }

    private static void Report(CpSatRun run, string phase, SolutionSnapshot? found, SolutionSnapshot? incumbent)
    {
        if (found is not null && (incumbent is null || found.Objective < incumbent.Objective))
        {
            // No bound is known before the whole-horizon search proves one: 0, i.e. a gap of 100 %.
            run.Report(phase, found.Objective, 0);
        }
    }

    private static SolutionSnapshot Snapshot(IReadOnlyList<WeekRota> weeks)
    {
        var (objective, terms) = WeekRotas.Combine(weeks);
        return new SolutionSnapshot([], objective, terms, WeekRotas.Flatten(weeks));
    }

    /// <summary>
    /// Pass 1: week 1 up to its first rota; each later week repeats the week before when the validator finds it legal after
    /// the weeks planned (weeks alike: no solve at all), else is solved up to its first rota, hinted with that repetition.
    /// </summary>
    private static List<WeekRota>? FirstPass(RotaProblem problem, CpSatRun run, double passEnd, Func<double> used, HashSet<int> solvedAlone, out bool weekInfeasible)
    {
        weekInfeasible = false;
        var first = new List<WeekRota>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            var planned = WeekRotas.Flatten(first);
            var repeated = w == 0 ? null : NextWeek(problem, w, planned, first[w - 1].Assignments);
            if (repeated is not null)
            {
                first.Add(first[w - 1] with { Assignments = repeated });
                continue;
            }

            repeated = w == 0 ? null : WeekRotas.Repeats(problem, first[w - 1].Assignments).Last();
            solvedAlone.Add(w);

            // A week stops at its first rota, so it may take what the pass has left; a week that runs out gets all the rest.
            var (rota, status) = WeekSolver.Solve(problem, w, planned, repeated, run, Math.Max(MinimumWeekBudget, passEnd - used()), firstOnly: true, exact: false);
            if (rota is null && status == CpSolverStatus.Unknown && run.Remaining > MinimumWeekBudget && !run.IsCancelled)
            {
                (rota, status) = WeekSolver.Solve(problem, w, planned, repeated, run, run.Remaining, firstOnly: true, exact: false);
            }

            if (rota is null)
            {
                weekInfeasible = status == CpSolverStatus.Infeasible;
                return null;
            }

            first.Add(rota);
        }

        return first;
    }

    /// <summary>The first candidate repetition of the week before that the validator finds legal after <paramref name="planned"/>.</summary>
    private static List<Assignment>? NextWeek(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, IReadOnlyList<Assignment> weekBefore) =>
        WeekRotas.Repeats(problem, weekBefore).FirstOrDefault(candidate => WeekSolver.IsValid(problem, w, planned, candidate));

    /// <summary>
    /// Pass 2: the weeks the first pass had to solve get the budget (all of it for week 1 when the weeks are alike); a week
    /// that repeats the improved week before legally takes it. Null when a week found no rota (the first pass then stands).
    /// </summary>
    private static List<WeekRota>? Improve(RotaProblem problem, List<WeekRota> first, HashSet<int> solvedAlone, CpSatRun run, double passEnd, Func<double> used, bool exact)
    {
        var weeks = new List<WeekRota>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            var planned = WeekRotas.Flatten(weeks);
            if (w > 0 && NextWeek(problem, w, planned, weeks[w - 1].Assignments) is { } repeated)
            {
                var taken = exact ? WeekSolver.Evaluate(problem, w, planned, repeated, run) : weeks[w - 1] with { Assignments = repeated };
                if (taken is not null)
                {
                    weeks.Add(taken);
                    continue;
                }
            }

            var budget = (passEnd - used()) / Math.Max(1, solvedAlone.Count(s => s >= w));
            var (rota, _) = budget >= MinimumWeekBudget
                ? WeekSolver.Solve(problem, w, planned, null, run, budget, firstOnly: false, exact, first[w].Assignments)
                : (null, CpSolverStatus.Unknown);

            // Out of time, or no rota in it: the quick pass's week, repaired to the new history, keeps the weeks consistent.
            rota ??= Quick(problem, w, planned, first[w], run, exact);
            if (rota is null)
            {
                return null;
            }

            weeks.Add(rota);
        }

        return weeks;
    }

    private static WeekRota? Quick(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, WeekRota hint, CpSatRun run, bool exact)
    {
        if (WeekSolver.IsValid(problem, w, planned, hint.Assignments))
        {
            return exact ? WeekSolver.Evaluate(problem, w, planned, hint.Assignments, run) : hint;
        }

        var (rota, _) = WeekSolver.Solve(problem, w, planned, hint.Assignments, run, Math.Max(MinimumWeekBudget, run.Remaining), firstOnly: true, exact);
        return rota;
    }

    /// <summary>The weeks' exact terms (the first pass reports CP-SAT's values, which may carry idle slack).</summary>
    private static List<WeekRota>? Evaluate(RotaProblem problem, List<WeekRota> weeks, CpSatRun run)
    {
        var exact = new List<WeekRota>();
        for (var w = 0; w < weeks.Count; w++)
        {
            var week = WeekSolver.Evaluate(problem, w, WeekRotas.Flatten(exact), weeks[w].Assignments, run);
            if (week is null)
            {
                return null;
            }

            exact.Add(week);
        }

        return exact;
    }
}
