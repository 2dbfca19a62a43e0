using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Rotas of a multi-week horizon built from one-week solves. Each week is solved alone with the weeks before it as
/// history, so every rule across the week boundary (rest, 6 days in 7, 12-week average, consecutive weekends) stays
/// exact; full-timers get their exact weekly target (no band), so the weeks also add up to the horizon's total.
/// One-week models are small: CP-SAT improves them much faster than the whole horizon at once.
/// </summary>
internal static class WeekByWeekSeeder
{
    /// <summary>Solves one week of the horizon, hinted with <paramref name="hint"/> when given; null when no rota was found.</summary>
    public static IReadOnlyList<Assignment>? SolveWeek(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, IReadOnlyList<Assignment>? hint, CpSatRun run, double budget, int workers)
    {
        var week = problem with
        {
            Start = problem.Start.PlusDays(7 * w),
            Weeks = 1,
            History = [.. problem.History.Where(a => a.Date < problem.Start), .. planned],

            // No band: every week at its exact target keeps the horizon's total for full-timers.
            Rules = problem.Rules with { FullTimeWeeklyBand = NodaTime.Duration.Zero },
        };
        var model = RotaModel.Build(week);
        if (hint is not null)
        {
            SolutionReader.HintDecisions(model, hint);
        }

        var (status, solver) = run.Run(model.Model, $"seed week {w + 1}", budget, workers, reportsRota: false);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? SolutionReader.Assignments(model, solver.Response!.Solution.ToArray())
            : null;
    }

    /// <summary>Every week solved in turn, each hinted with <paramref name="hint"/>; null as soon as a week fails.</summary>
    public static List<Assignment>? SolveAll(RotaProblem problem, IReadOnlyList<Assignment>? hint, CpSatRun run, double budgetPerWeek, int workers)
    {
        var planned = new List<Assignment>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            var week = SolveWeek(problem, w, planned, hint, run, budgetPerWeek, workers);
            if (week is null)
            {
                return null;
            }

            planned.AddRange(week);
        }

        return planned;
    }

    /// <summary>The first week repeated on every later week (people absent or days closed dropped): right whenever the weeks look alike.</summary>
    public static List<Assignment> Repeat(RotaProblem problem, IReadOnlyList<Assignment> firstWeek)
    {
        var open = problem.Opening.Select(o => o.Date).ToHashSet();
        var staff = problem.Staff.ToDictionary(s => s.Id);
        var rota = new List<Assignment>(firstWeek);
        for (var w = 1; w < problem.Weeks; w++)
        {
            rota.AddRange(firstWeek
                .Select(a => a with { Date = a.Date.PlusDays(7 * w) })
                .Where(a => open.Contains(a.Date) && staff[a.StaffId].IsAvailableOn(a.Date)));
        }

        return rota;
    }
}
