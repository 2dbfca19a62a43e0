using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Runs one <see cref="SolveRunEntity"/>: builds the problem from the database, solves it with CP-SAT while writing
/// progress to the row about once a second and polling its cancel flag, then stores the rota as a draft with its summary.
/// Running a finished run again does nothing, so a recovered firing after the work was done is harmless.
/// </summary>
public sealed class RotaSolveRunner(
    SchedulerDbContext db, RotaProblemFactory problems, RotaDrafts drafts, IClock clock, IConfiguration configuration, ILogger<RotaSolveRunner> logger)
{
    /// <summary>
    /// <c>Scheduler:PlanAheadWeeks</c>: a new rota of fewer weeks is planned as the first weeks of this many
    /// (<see cref="PlanAhead"/>, at most 6). Off by default: it shares the weekends far better but evens late shifts less
    /// well, and a short time limit leaves the longer horizon little time (see README).
    /// </summary>
    public const int DefaultPlanAheadWeeks = 0;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public async Task RunAsync(Guid runId, string? fireInstanceId, bool recovering, CancellationToken ct)
    {
        var run = await db.SolveRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.Status is SolveRunStatus.Succeeded or SolveRunStatus.Failed or SolveRunStatus.Cancelled)
        {
            return;
        }

        if (run.CancelRequested)
        {
            await FinishAsync(runId, SolveRunStatus.Cancelled, null, null, null, null, ct);
            return;
        }

        var now = clock.GetCurrentInstant();
        await db.SolveRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, SolveRunStatus.Running).SetProperty(r => r.StartedAt, now).SetProperty(r => r.UpdatedAt, now)
            .SetProperty(r => r.FireInstanceId, fireInstanceId).SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
        if (recovering)
        {
            logger.LogWarning("Solve {RunId} runs again: the node that ran it stopped before it finished", runId);
        }

        try
        {
            await SolveAsync(run, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Solve {RunId} failed", runId);
            await FinishAsync(runId, SolveRunStatus.Failed, null, null, $"The solve stopped on an error: {e.Message}", null, CancellationToken.None);
        }
    }

    private async Task SolveAsync(SolveRunEntity run, CancellationToken ct)
    {
        var problem = await problems.BuildAsync(run.PeriodStart, run.Weeks, ct);
        IReadOnlyList<Assignment> reference = problem.Reference;
        if (run.ReferenceRotaId is { } referenceId)
        {
            reference = await db.Assignments.Where(a => a.RotaId == referenceId).Select(a => a.ToDomain()).ToListAsync(ct);
            var available = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
            problem = problem with
            {
                Reference = reference,
                Pinned = run.PinUnchanged
                    ? [.. reference.Where(a => available.TryGetValue(a.StaffId, out var person) && person.IsAvailableOn(a.Date))]
                    : [],
            };
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var progress = new LatestProgress();
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(run.TimeLimitSeconds), Workers = run.Workers, Seed = run.Seed };
        // A re-plan keeps its published rota's period; a new rota is planned with the weeks after it.
        var aheadWeeks = Math.Min(6, configuration.GetValue("Scheduler:PlanAheadWeeks", DefaultPlanAheadWeeks));
        var ahead = run.ReferenceRotaId is null && aheadWeeks > run.Weeks ? await problems.BuildAsync(run.PeriodStart, aheadWeeks, ct) : null;
        var solving = Task.Run(
            () => ahead is null ? RotaSolver.Solve(problem, options, progress, stop.Token) : PlanAhead.Solve(problem, ahead, options, progress, stop.Token),
            CancellationToken.None);
        var cancelled = false;
        while (!solving.IsCompleted)
        {
            await Task.WhenAny(solving, Task.Delay(ProgressInterval, CancellationToken.None));
            cancelled = await WriteProgressAsync(run.Id, progress.Latest, CancellationToken.None);
            if (cancelled)
            {
                await stop.CancelAsync();
            }
        }

        var solution = await solving;
        cancelled |= await db.SolveRuns.Where(r => r.Id == run.Id).Select(r => r.CancelRequested).FirstAsync(CancellationToken.None);
        if (cancelled || ct.IsCancellationRequested)
        {
            var reason = cancelled ? null : "Interrupted: the service stopped during the solve.";
            await FinishAsync(run.Id, cancelled ? SolveRunStatus.Cancelled : SolveRunStatus.Failed, null, null, reason, null, CancellationToken.None);
            return;
        }

        await WriteProgressAsync(run.Id, solution.Objective is { } objective
            ? new SolveProgress("final", objective, solution.BestBound ?? 0, solution.Gap ?? 1, solution.WallSeconds)
            : null, CancellationToken.None);
        if (solution.Assignments.Count == 0)
        {
            // No rota means no progress was written: the run's time is the solve's and its explanation's.
            await FinishAsync(run.Id, SolveRunStatus.Failed, null, null, Explain(solution), SolveExplanation.Of(solution), CancellationToken.None, Math.Round(solution.WallSeconds, 1));
            return;
        }

        var calls = await problems.ExpectedCallsAsync(problem.Start, problem.Weeks, CancellationToken.None);
        var summary = SolveSummary.Build(problem, solution, calls);
        var source = run.ReferenceRotaId is null ? "solver" : "replan";
        var (rota, errors) = await drafts.CreateAsync(
            new RotaDrafts.RotaDraft(problem.Start, problem.Weeks, source, summary.ToJsonString(), solution.Assignments), CancellationToken.None);
        if (rota is null)
        {
            await FinishAsync(run.Id, SolveRunStatus.Failed, null, null, "The solved rota could not be stored: it failed the structural checks of a draft (" + string.Join(", ", errors.Fields) + ").", null, CancellationToken.None);
            return;
        }

        var changes = run.ReferenceRotaId is null ? null : JsonSerializer.Serialize(ShiftChanges.Between(reference, solution.Assignments), SolveRunJson.Options);
        await FinishAsync(run.Id, SolveRunStatus.Succeeded, rota.Id, changes, null, null, CancellationToken.None);
    }

    /// <summary>Writes the latest progress and answers whether a cancel was asked (from any node).</summary>
    private async Task<bool> WriteProgressAsync(Guid runId, SolveProgress? latest, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        if (latest is not null)
        {
            await db.SolveRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.BestObjective, latest.Objective).SetProperty(r => r.BestBound, latest.BestBound)
                .SetProperty(r => r.Gap, latest.Gap).SetProperty(r => r.ElapsedSeconds, latest.ElapsedSeconds)
                .SetProperty(r => r.UpdatedAt, now), ct);
        }

        return await db.SolveRuns.Where(r => r.Id == runId).Select(r => r.CancelRequested).FirstAsync(ct);
    }

    /// <param name="elapsedSeconds">The run's time when no progress report gave it, else null (the last report's stays).</param>
    private async Task FinishAsync(Guid runId, SolveRunStatus status, Guid? rotaId, string? changes, string? error, SolveExplanation? explanation, CancellationToken ct, double? elapsedSeconds = null)
    {
        var now = clock.GetCurrentInstant();
        var message = error is { Length: > 4000 } ? error[..4000] : error;
        var explanationJson = explanation?.ToJson();
        await db.SolveRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, status).SetProperty(r => r.RotaId, rotaId).SetProperty(r => r.ChangesJson, changes)
            .SetProperty(r => r.ExplanationJson, explanationJson).SetProperty(r => r.ElapsedSeconds, r => elapsedSeconds ?? r.ElapsedSeconds)
            .SetProperty(r => r.Error, message).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.UpdatedAt, now), ct);
    }

    /// <summary>Never a bare "infeasible": the rules, people and dates in conflict, and the hours staff cannot cover.</summary>
    private static string Explain(RotaSolution solution) => solution.Status switch
    {
        SolveStatus.Infeasible => string.Join(" ", solution.Explanation.Select(c => c.English)
            .Prepend("No rota keeps every hard rule.")
            .Concat(solution.Shortages.OrderBy(s => s.Date).Select(Missing))),
        _ => $"No rota found within the time limit ({solution.WallSeconds:0.#} s); give the solve more time.",
    };

    private static string Missing(DailyShortage shortage) =>
        $"{shortage.Date:yyyy-MM-dd}: {shortage.MissingHours:0.#} {(shortage.Rule == RuleNames.ManagerCover ? "manager" : "listener")}-hour(s) missing.";

    /// <summary>Keeps the solver's latest report; read by the progress loop on another thread.</summary>
    private sealed class LatestProgress : IProgress<SolveProgress>
    {
        private SolveProgress? latest;

        public SolveProgress? Latest => Volatile.Read(ref latest);

        public void Report(SolveProgress value) => Volatile.Write(ref latest, value);
    }
}
