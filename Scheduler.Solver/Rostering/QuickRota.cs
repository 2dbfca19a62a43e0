using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The quick first rota of a week: any legal rota will do, since the improving pass searches the full catalogue afterwards.
/// So it is searched on a thin model — starts and lengths on whole hours, no soft goals — whose presolve and first descent
/// take a fraction of the full model's (one 3133 week: 0.7 s instead of 2.5 s, measured). Every hard rule is the full
/// model's, and the thin catalogue is a subset of the full one, so its rota is legal for the week as given.
/// </summary>
internal static class QuickRota
{
    /// <summary>The week's first rota on the thin model, or null (none in time, or the thin catalogue cannot staff the week).</summary>
    public static WeekRota? Solve(RotaProblem week, LocalDate horizonStart, IReadOnlyList<Assignment>? hint, CpSatRun run, double budget)
    {
        var model = RotaModel.Build(Thin(week), ModelMode.Optimize, horizonStart);
        if (hint is not null)
        {
            SolutionReader.HintDecisions(model, hint);
        }

        var (status, solver) = run.Run(model.Model, $"quick week of {week.Start}", budget, workers: 1, reportsRota: false, extraParameters: "stop_after_first_solution:true");
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        // No soft goals in this model: the terms are left to the exact evaluation that follows on the full model.
        var assignments = SolutionReader.Assignments(model, solver.Response!.Solution.ToArray());
        return new WeekRota(assignments, new Dictionary<string, long>(StringComparer.Ordinal));
    }

    /// <summary>The week with whole-hour starts and lengths (never finer than the problem's own) and every soft weight at 0.</summary>
    public static RotaProblem Thin(RotaProblem week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var hour = Duration.FromHours(1);
        var rules = week.Rules;
        return week with
        {
            Rules = rules with
            {
                ShiftStartStep = Coarser(rules.ShiftStartStep, hour, rules.SlotLength),
                ShiftLengthStep = Coarser(rules.ShiftLengthStep, hour, rules.SlotLength),
            },
            Weights = new SoftWeights { UnderCoverage = 0, OverCoverage = 0, Fairness = 0, Preference = 0, StartTimeStability = 0, Change = 0, ConsecutiveWeekends = 0, DeferredHours = 0, BackToBackWeekends = 0 },
        };
    }

    /// <summary>The coarser of the two steps, kept a multiple of the slot.</summary>
    private static Duration Coarser(Duration step, Duration thin, Duration slot) =>
        step >= thin || thin.TotalMinutes % slot.TotalMinutes != 0 ? step : thin;
}
