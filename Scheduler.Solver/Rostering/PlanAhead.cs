using System.Diagnostics;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Plans a short period as the first weeks of a longer one. A week planned alone cannot see the weekends after it: the
/// 3133 planned one week at a time over four weeks put 20–23 of its 24 people on every weekend (mostly on one day of it,
/// which evens that week's weekend days), so by the third week most had worked two weekends in a row and 32 runs of three
/// weekends followed. So the period is solved with the weeks after it (their own demand, opening hours and absences) and
/// only the asked weeks are kept. A full-timer's kept weeks may be off their contract by the weekly band (the longer
/// horizon evens them out later): those are repaired on the asked problem with the kept weeks as the rota to change as
/// little as possible (<see cref="ReplanRepair"/>). The result's objective and terms are the asked problem's, evaluated
/// on its model, and its bound is the asked problem's pooled bound. When no legal rota comes out, the period is solved alone.
/// </summary>
public static class PlanAhead
{
    /// <summary>Share of the time limit for the longer horizon; the rest repairs, evaluates and bounds the kept weeks.</summary>
    private const double AheadShare = 0.75;

    /// <summary>Share of the time limit the period alone gets at least when the longer horizon gave no legal rota.</summary>
    private const double FallbackShare = 0.25;

    /// <summary>Share of what is left for repairing the kept weeks.</summary>
    private const double RepairShare = 0.6;

    /// <param name="asked">The period to plan.</param>
    /// <param name="ahead">The same platform from the same Monday over more weeks (its data for the weeks after).</param>
    public static RotaSolution Solve(RotaProblem asked, RotaProblem ahead, SolverOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(ahead);
        ArgumentNullException.ThrowIfNull(options);
        if (ahead.Weeks <= asked.Weeks || ahead.Start != asked.Start)
        {
            return RotaSolver.Solve(asked, options, progress, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        var aheadOptions = options with
        {
            TimeLimit = options.TimeLimit * AheadShare,
            DeterministicTimeLimit = options.DeterministicTimeLimit * AheadShare,
        };
        var longer = RotaSolver.Solve(ahead, aheadOptions, progress, cancellationToken);
        var run = new CpSatRun(options, started, null, cancellationToken);
        IReadOnlyList<Assignment> kept = [.. longer.Assignments.Where(a => a.Date <= asked.End)];
        var legal = kept.Count > 0 && Validation.RotaValidator.Validate(asked, kept).Count == 0;
        if (!legal && kept.Count > 0)
        {
            kept = ReplanRepair.Solve(asked with { Reference = kept }, run, run.Remaining * RepairShare)?.Assignments ?? [];
            legal = kept.Count > 0 && Validation.RotaValidator.Validate(asked, kept).Count == 0;
        }

        if (cancellationToken.IsCancellationRequested || !legal
            || RotaCompletion.Complete(RotaModel.Build(asked), kept, run, Math.Max(1, run.Remaining)) is not { } evaluated)
        {
            // The period alone, with what is left of the time (a quarter of it at least).
            var rest = options with
            {
                TimeLimit = TimeSpan.FromSeconds(Math.Max(run.Remaining, options.TimeLimit.TotalSeconds * FallbackShare)),
                DeterministicTimeLimit = options.DeterministicTimeLimit * FallbackShare,
            };
            return RotaSolver.Solve(asked, rest, progress, cancellationToken);
        }

        var solution = RotaSolver.Solved(CpSolverStatus.Feasible, evaluated, null, run) with { FirstSolutionSeconds = longer.FirstSolutionSeconds };
        return RotaSolver.WithRelaxedBound(solution, asked, options, run);
    }
}
