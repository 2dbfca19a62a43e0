using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// A first rota for a multi-week horizon, solved one week at a time with the weeks already planned as history, so every
/// rule across the week boundary (rest, 6 days in 7, 12-week average, consecutive weekends) stays exact. A one-week
/// problem asks full-timers for their exact weekly target, which is stricter than the horizon's band, so the seed is
/// always a valid rota of the full problem. Returns null when some week cannot be solved in its share of the budget.
/// </summary>
internal static class WeekByWeekSeeder
{
    public static List<Assignment>? Seed(RotaProblem problem, CpSatRun run, double budgetPerWeek)
    {
        var planned = new List<Assignment>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            var week = problem with
            {
                Start = problem.Start.PlusDays(7 * w),
                Weeks = 1,
                History = [.. problem.History.Where(a => a.Date < problem.Start), .. planned],
            };
            var model = RotaModel.Build(week);
            var (status, solver) = run.Run(model.Model, $"seed week {w + 1}", budgetPerWeek, reportsRota: false);
            if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            {
                return null;
            }

            planned.AddRange(SolutionReader.Assignments(model, solver.Response!.Solution.ToArray()));
        }

        return planned;
    }
}
