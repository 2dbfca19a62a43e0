using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// The "Générer un planning" page's view of solve runs: the same dispatcher and rows as <c>POST /api/rotas</c>, and the
/// same re-plan as <c>POST /api/rotas/{id}/replan</c> (<see cref="RotaReplanning"/>).
/// </summary>
public sealed class RotaGenerationPages(SchedulerDbContext db, SolveDispatcher dispatcher) : IRotaGenerationPages
{
    public async Task<RotaGenerationStart> StartAsync(LocalDate periodStart, int weeks, string requestedBy, CancellationToken cancellationToken)
    {
        var run = await dispatcher.EnqueueAsync(periodStart, weeks, options: null, requestedBy, referenceRotaId: null, pinUnchanged: false, cancellationToken);
        return new RotaGenerationStart(run.Id, null);
    }

    public async Task<RotaGenerationStart?> ReplanAsync(Guid rotaId, bool keepOthers, string requestedBy, CancellationToken cancellationToken)
    {
        var outcome = await RotaReplanning.EnqueueAsync(rotaId, options: null, pinUnchanged: keepOthers, requestedBy, db, dispatcher, cancellationToken);
        return outcome switch
        {
            { RotaFound: false } => null,
            { Run: { } run } => new RotaGenerationStart(run.Id, null),
            _ => new RotaGenerationStart(null, $"{outcome.RotaStatus}"),
        };
    }

    public async Task<RotaGenerationStatus?> GetStatusAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.SolveRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null
            ? null
            : new RotaGenerationStatus(
                run.Id, StateOf(run.Status), run.PeriodStart, run.Weeks, run.BestObjective, run.Gap,
                Duration.FromSeconds(run.ElapsedSeconds ?? 0), run.RotaId, run.Error, run.ReferenceRotaId,
                run.ChangesJson is null ? null : JsonSerializer.Deserialize<List<ShiftChange>>(run.ChangesJson, SolveRunJson.Options),
                SolveExplanation.Read(run.ExplanationJson));
    }

    public async Task<bool> CancelAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.SolveRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is not null && await dispatcher.CancelAsync(run, cancellationToken);
    }

    private static RotaGenerationState StateOf(SolveRunStatus status) => status switch
    {
        SolveRunStatus.Queued => RotaGenerationState.Queued,
        SolveRunStatus.Running => RotaGenerationState.Running,
        SolveRunStatus.Succeeded => RotaGenerationState.Succeeded,
        SolveRunStatus.Cancelled => RotaGenerationState.Cancelled,
        _ => RotaGenerationState.Failed,
    };
}
