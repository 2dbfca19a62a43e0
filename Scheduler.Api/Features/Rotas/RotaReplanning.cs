using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Re-planning a published rota: a solve of the same period with the rota as its reference (fewest changes). Shared by
/// <c>POST /api/rotas/{id}/replan</c> and the rota page's "Re-planifier" form, so both enqueue exactly the same run.
/// </summary>
public static class RotaReplanning
{
    /// <summary>What asking for a re-plan gave: the queued run, or why there is none.</summary>
    public sealed record Outcome(SolveRunEntity? Run, bool RotaFound, RotaStatus? RotaStatus);

    public static async Task<Outcome> EnqueueAsync(
        Guid rotaId, SolveOptionsRequest? options, bool pinUnchanged, string requestedBy,
        SchedulerDbContext db, SolveDispatcher dispatcher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dispatcher);
        var rota = await db.Rotas.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rotaId, ct);
        if (rota is null)
        {
            return new Outcome(null, false, null);
        }

        if (rota.Status != RotaStatus.Published)
        {
            return new Outcome(null, true, rota.Status);
        }

        var weeks = rota.Weeks;
        var run = await dispatcher.EnqueueAsync(rota.PeriodStart, weeks, options, requestedBy, rota.Id, pinUnchanged, ct);
        return new Outcome(run, true, rota.Status);
    }
}
