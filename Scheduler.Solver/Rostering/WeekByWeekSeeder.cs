using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// First rotas for a multi-week horizon, cheapest first. Each week is solved alone with the weeks before it as history,
/// so every rule across the week boundary (rest, 6 days in 7, 12-week average, consecutive weekends) stays exact; a
/// one-week problem asks full-timers for their exact weekly target, stricter than the horizon's band, so its rota is
/// valid for the full problem.
/// 1. The first week solved, then repeated on every later week (people absent or days closed dropped): one solve instead
///    of one per week, right whenever the weeks look alike. The caller checks it against the whole horizon.
/// 2. Every week solved in turn. Stops when a week cannot be solved in its share of the budget.
/// </summary>
internal static class WeekByWeekSeeder
{
    public static IEnumerable<IReadOnlyList<Assignment>> Candidates(RotaProblem problem, CpSatRun run, double budgetPerWeek)
    {
        var first = SolveWeek(problem, 0, [], run, budgetPerWeek);
        if (first is null)
        {
            yield break;
        }

        yield return Repeat(problem, first);

        var planned = new List<Assignment>(first);
        for (var w = 1; w < problem.Weeks; w++)
        {
            var week = SolveWeek(problem, w, planned, run, budgetPerWeek);
            if (week is null)
            {
                yield break;
            }

            planned.AddRange(week);
        }

        yield return planned;
    }

    private static IReadOnlyList<Assignment>? SolveWeek(RotaProblem problem, int w, IReadOnlyList<Assignment> planned, CpSatRun run, double budget)
    {
        var week = problem with
        {
            Start = problem.Start.PlusDays(7 * w),
            Weeks = 1,
            History = [.. problem.History.Where(a => a.Date < problem.Start), .. planned],
        };
        var model = RotaModel.Build(week);
        // One worker without the LP finds a first week faster than two workers sharing the cores with a slow LP.
        var (status, solver) = run.Run(model.Model, $"seed week {w + 1}", budget, workers: 1, reportsRota: false);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? SolutionReader.Assignments(model, solver.Response!.Solution.ToArray())
            : null;
    }

    private static List<Assignment> Repeat(RotaProblem problem, IReadOnlyList<Assignment> firstWeek)
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
