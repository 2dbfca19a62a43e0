using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Solves one week of a longer horizon alone, with the weeks before it as history, so every rule across the week boundary
/// (rest, 6 days in 7, 12-week average, consecutive weekends) stays exact; full-timers get their exact weekly target (no
/// band), so the weeks also add up to the horizon's total, and fairness counts the earlier weeks of the horizon.
/// </summary>
internal static class WeekSolver
{
    /// <param name="firstOnly">True for the quick pass: one worker without the LP, stopping at the first rota.</param>
    /// <param name="exact">True to re-evaluate the rota with its decisions fixed, so its terms are exactly the model's for it.</param>
    /// <param name="fallback">A legal week to take a team's part from when that team finds nothing better in its time.</param>
    public static (WeekRota? Rota, CpSolverStatus Status) Solve(
        RotaProblem problem, int w, IReadOnlyList<Assignment> planned, IReadOnlyList<Assignment>? hint, CpSatRun run, double budget, bool firstOnly, bool exact,
        IReadOnlyList<Assignment>? fallback = null)
    {
        var week = WeekProblem(problem, w, planned);
        var teams = TeamSplit.Split(week);
        var before = run.Remaining;
        var (rota, status) = teams.Count > 1 ? SolveTeams(teams, problem.Start, hint, fallback, run, budget, firstOnly) : (null, CpSolverStatus.Unknown);
        if (rota is null && (teams.Count == 1 || firstOnly))
        {
            // One team that cannot keep the floor alone does not make the week infeasible: the week is then solved whole.
            (rota, status) = SolveOne(week, problem.Start, hint, run, Math.Max(0.2, budget - (before - run.Remaining)), firstOnly);
        }

        if (rota is not null && (exact || teams.Count > 1 && !firstOnly))
        {
            rota = Evaluate(RotaModel.Build(week, ModelMode.Optimize, problem.Start), rota.Assignments, run) ?? rota;
        }

        return (rota, status);
    }

    /// <summary>Each team in turn, with an even share of what is left; the terms add up the teams' (an estimate for the week).</summary>
    private static (WeekRota? Rota, CpSolverStatus Status) SolveTeams(
        IReadOnlyList<RotaProblem> teams, NodaTime.LocalDate horizonStart, IReadOnlyList<Assignment>? hint, IReadOnlyList<Assignment>? fallback, CpSatRun run, double budget, bool firstOnly)
    {
        var before = run.Remaining;
        var assignments = new List<Assignment>();
        var terms = new Dictionary<string, long>(StringComparer.Ordinal);
        var status = CpSolverStatus.Unknown;
        var solved = new List<(RotaProblem Team, WeekRota Rota)>();
        for (var t = 0; t < teams.Count && !run.IsCancelled; t++)
        {
            // For a first rota, a team like one already planned takes that team's rota when it is legal for its people (no solve).
            // Not when improving: alike teams with the same rota miss the same half-hours, and shortages cost more when piled.
            var mapped = !firstOnly ? null : solved
                .Select(s => TeamSplit.Map(s.Team, s.Rota.Assignments, teams[t]) is { } m ? s.Rota with { Assignments = m } : null)
                .FirstOrDefault(m => m is not null && Validation.RotaValidator.Validate(teams[t], m.Assignments).Count == 0);
            var toSolve = !firstOnly ? teams.Count - t
                : teams.Skip(t).Where(team => !solved.Any(s => TeamSplit.Map(s.Team, [], team) is not null)).Select(TeamSplit.Signature).Distinct().Count();
            var share = Math.Max(0.2, (budget - (before - run.Remaining)) / Math.Max(1, toSolve));
            var (found, teamStatus) = mapped is not null ? (mapped, CpSolverStatus.Feasible) : SolveOne(teams[t], horizonStart, hint, run, share, firstOnly);
            status = teamStatus;
            var ids = teams[t].Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (found is null && fallback?.Where(a => ids.Contains(a.StaffId)).ToList() is { } part && Validation.RotaValidator.Validate(teams[t], part).Count == 0)
            {
                found = new WeekRota(part, new Dictionary<string, long>());
            }

            if (found is null)
            {
                return (null, status);
            }

            solved.Add((teams[t], found));

            assignments.AddRange(found.Assignments);
            foreach (var (term, value) in found.Terms)
            {
                terms[term] = terms.GetValueOrDefault(term) + value;
            }
        }

        return (new WeekRota(assignments, terms), status);
    }

    private static (WeekRota? Rota, CpSolverStatus Status) SolveOne(
        RotaProblem week, NodaTime.LocalDate horizonStart, IReadOnlyList<Assignment>? hint, CpSatRun run, double budget, bool firstOnly)
    {
        // The thin model first; when it finds nothing (a catalogue too thin for this week), the full model with what is left.
        var before = run.Remaining;
        if (firstOnly && QuickRota.Solve(week, horizonStart, hint, run, budget / 2) is { } quick)
        {
            return (quick, CpSolverStatus.Feasible);
        }

        budget = Math.Max(0.2, budget - (before - run.Remaining));
        var model = RotaModel.Build(week, ModelMode.Optimize, horizonStart);
        if (!firstOnly && hint is null)
        {
            InterchangeableOrder.Add(model);
        }

        if (hint is not null)
        {
            SolutionReader.HintDecisions(model, hint);
        }
        else if (!firstOnly)
        {
            // Improving without a rota to start from: the pooled relaxation's shift mix steers the search (see PooledGuide).
            Bounds.PooledGuide.Hint(model);
        }

        var phase = $"week of {week.Start}";
        // Without a rota to improve, guided by the pooled LP, the LP-guided worker pays: 9 264–9 344 against 29 320–45 432 with two workers without LP
        // (3133 × 4 weeks, 30 s, quiet machine); 200 × 4 weeks in 60 s, 195 128 against 0.5–0.8 million.
        var (status, solver) = firstOnly
            ? run.Run(model.Model, phase, budget, workers: 1, reportsRota: false, extraParameters: "stop_after_first_solution:true")
            : run.Run(model.Model, phase, budget, reportsRota: false, improving: hint is not null);
        model.Model.Model.SolutionHint = null;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (null, status);
        }

        var found = SolutionReader.Capture(solver, model);
        return (new WeekRota(found.Assignments, found.Terms), status);
    }

    /// <summary>What week <paramref name="w"/>'s model charges for <paramref name="week"/> after <paramref name="planned"/>; null if it breaks a rule.</summary>
    /// <param name="exactTargets">
    /// True (as the week-by-week search plans) to hold full-timers to their exact weekly target; false to keep the weekly band,
    /// for a rota whose horizon totals the validator has checked (see <see cref="LocalRepair"/>).
    /// </param>
    public static WeekRota? Evaluate(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, IReadOnlyList<Assignment> week, CpSatRun run, bool exactTargets = true) =>
        Evaluate(Model(problem, w, planned, exactTargets), week, run);

    private static WeekRota? Evaluate(RotaModel model, IReadOnlyList<Assignment> week, CpSatRun run)
    {
        // Fixed decisions leave only propagation: a few seconds are plenty even for a large platform on a loaded machine.
        var completed = RotaCompletion.Complete(model, week, run, 10);
        return completed is null ? null : new WeekRota(completed.Assignments, completed.Terms);
    }

    /// <summary>True when <paramref name="week"/> keeps every hard rule of week <paramref name="w"/> after <paramref name="planned"/> (checked by the validator, no solve).</summary>
    public static bool IsValid(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, IReadOnlyList<Assignment> week) =>
        Validation.RotaValidator.Validate(WeekProblem(problem, w, planned), week).Count == 0;

    private static RotaModel Model(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, bool exactTargets) =>
        RotaModel.Build(WeekProblem(problem, w, planned, exactTargets), ModelMode.Optimize, problem.Start);

    /// <summary>
    /// Week <paramref name="w"/> alone after <paramref name="planned"/>, full-timers at their exact weekly target; when the
    /// horizon carries a reference period's balance in (<see cref="Rules.ContractStretches.CarriesBalance"/>), each full-timer
    /// instead works back what is left of it as a week planned alone would, within the band.
    /// </summary>
    internal static RotaProblem WeekProblem(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, bool exactTargets = true)
    {
        var carrying = Rules.ContractStretches.CarriesBalance(problem);
        return problem with
        {
            Start = problem.Start.PlusDays(7 * w),
            Weeks = 1,
            History = [.. problem.History.Where(a => a.Date < problem.Start), .. planned],
            Staff = carrying ? [.. problem.Staff.Select(s => s with { CarriedMinutes = Rules.ContractStretches.CarriedInto(s, problem, w, planned) })] : problem.Staff,

            // A horizon of several weeks adds up to its own targets, or per reference period (ContractStretches): its weeks
            // work back a period's balance only when one is carried in, up to the end of the period holding the week.
            ReferencePeriodEnd = problem.Weeks == 1 ? problem.ReferencePeriodEnd : carrying ? Rules.ContractStretches.PeriodEndOf(problem, w) : null,

            // Nor do they look past their own weekend (the horizon's model sees the weeks after it: BackToBackWeekendsTerm),
            // nor price hours left to later weeks when working back a balance (the horizon's model charges none: its periods
            // add up by rule).
            Weights = problem.Weeks == 1 ? problem.Weights
                : problem.Weights with { BackToBackWeekends = 0, DeferredHours = carrying ? 0 : problem.Weights.DeferredHours },

            // No band: every week at its exact target keeps the horizon's total for full-timers. A week alone that works back a
            // reference period's balance has no total to keep, and its exact target may be what the balance forbids.
            Rules = exactTargets && !carrying && (problem.Weeks > 1 || problem.ReferencePeriodEnd is null)
                ? problem.Rules with { FullTimeWeeklyBand = NodaTime.Duration.Zero }
                : problem.Rules,
        };
    }
}
