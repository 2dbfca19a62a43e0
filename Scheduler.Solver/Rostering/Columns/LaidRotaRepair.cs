using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// A rota laid from the columns that breaks a rule, repaired (<see cref="ReplanRepair"/>): a pin the layout could not fit,
/// or a history (the patterns know each person's history only through the layout, and a class of one is laid without it).
/// </summary>
internal static class LaidRotaRepair
{
    /// <summary>Repaired on the whole horizon's model, or null when nothing was found in the budget.</summary>
    public static IReadOnlyList<Assignment>? Whole(RotaProblem problem, IReadOnlyList<Assignment> rota, CpSatRun run, double budget) =>
        run.Remaining > 1 ? ReplanRepair.Solve(problem, rota, run, budget)?.Assignments : null;

    /// <summary>
    /// Repaired by a team (<see cref="LocalRepair"/>): the people who break a rule (a pin's person) and colleagues of theirs,
    /// up to a team of the 3133's size, re-planned over the horizon as a platform of their own against the need the others
    /// leave, everyone else keeping every shift. Null when nothing legal was found in the budget. On a platform too large
    /// for the whole horizon's model, a week of 175 listeners repaired on its own model took 10–18 s and ended the solve
    /// 1.4–2.9 s past its limit; once it found nothing, and the search started afresh ended 8 741 half-hours short.
    /// </summary>
    public static List<Assignment>? Team(RotaProblem problem, IReadOnlyList<Assignment> rota, CpSatRun run, double budget) =>
        LocalRepair.Repair(problem, rota, run, budget, keepBreaks: false);

    /// <summary>
    /// Repaired week after week, each week that breaks a rule after the weeks before it (as the week-by-week evaluation sees
    /// it) on its own week's model, with the time left shared by the weeks holding pins: on a platform too large for the
    /// whole horizon's model (200 people over 4 weeks), building it for the repair alone took the time left.
    /// </summary>
    public static List<Assignment>? WeekByWeek(RotaProblem problem, IReadOnlyList<Assignment> rota, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(run);
        var end = run.Remaining - budget;
        var done = new List<Assignment>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            var week = WeekSolver.WeekProblem(problem, w, done);
            IReadOnlyList<Assignment>? mine = [.. rota.Where(a => problem.WeekOf(a.Date) == w)];
            if (Validation.RotaValidator.Validate(week, mine).Count > 0)
            {
                var pinnedWeeksLeft = Math.Max(1, problem.Pinned.Select(p => problem.WeekOf(p.Date)).Where(x => x >= w).Distinct().Count());
                mine = run.Remaining - end > 0.5 ? ReplanRepair.Solve(week, mine, run, (run.Remaining - end) / pinnedWeeksLeft)?.Assignments : null;
                if (mine is null)
                {
                    return null;
                }
            }

            done.AddRange(mine);
        }

        return done;
    }
}
