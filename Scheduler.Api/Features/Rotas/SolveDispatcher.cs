using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quartz;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Starts and cancels solves. A solve is a <see cref="SolveRunEntity"/> row plus a one-shot trigger of the durable,
/// recoverable <see cref="SolveRotaJob"/> in the persistent job store, so whichever node fires it runs it, and a node's
/// death makes another node (or the same one at restart) run it again.
/// </summary>
public sealed class SolveDispatcher(SchedulerDbContext db, ISchedulerFactory schedulers, IClock clock, IConfiguration configuration)
{
    /// <summary>CP-SAT workers per solve: <c>Solver:Workers</c>, default 2 (the cores of the reference machine).</summary>
    public int Workers => Math.Clamp(configuration.GetValue("Solver:Workers", 2), 1, 16);

    public async Task<SolveRunEntity> EnqueueAsync(
        LocalDate start, int weeks, SolveOptionsRequest? options, string requestedBy, Guid? referenceRotaId, bool pinUnchanged, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var run = new SolveRunEntity
        {
            Id = Guid.NewGuid(),
            PeriodStart = start,
            Weeks = weeks,
            TimeLimitSeconds = options?.TimeLimitSeconds ?? SolveRequest.DefaultTimeLimitSeconds,
            Seed = options?.Seed ?? 1,
            Workers = Workers,
            ReferenceRotaId = referenceRotaId,
            PinUnchanged = pinUnchanged,
            Status = SolveRunStatus.Queued,
            RequestedBy = requestedBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.SolveRuns.Add(run);
        await db.SaveChangesAsync(ct);

        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.ScheduleTrigger(
            TriggerBuilder.Create()
                .ForJob(SolveRotaJob.Key)
                .WithIdentity(TriggerKeyOf(run.Id))
                .UsingJobData(SolveRotaJob.RunIdKey, run.Id.ToString())
                .StartNow()
                .Build(),
            TriggerConflict.Throw,
            ct);
        return run;
    }

    /// <summary>
    /// A queued solve is cancelled at once; a running one gets the flag its job polls (any node), and is interrupted at
    /// once when it runs on this node. Answers false when the run had already ended.
    /// </summary>
    public async Task<bool> CancelAsync(SolveRunEntity run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Status is SolveRunStatus.Succeeded or SolveRunStatus.Failed or SolveRunStatus.Cancelled)
        {
            return false;
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var now = clock.GetCurrentInstant();
        if (run.Status == SolveRunStatus.Queued && await scheduler.UnscheduleJob(TriggerKeyOf(run.Id), ct))
        {
            await db.SolveRuns.Where(r => r.Id == run.Id && r.Status == SolveRunStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, SolveRunStatus.Cancelled).SetProperty(r => r.CancelRequested, true)
                    .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.UpdatedAt, now), ct);
            return true;
        }

        await db.SolveRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.CancelRequested, true), ct);
        var fireInstance = await db.SolveRuns.Where(r => r.Id == run.Id).Select(r => r.FireInstanceId).FirstOrDefaultAsync(ct);
        if (fireInstance is not null)
        {
            await scheduler.InterruptFireInstance(fireInstance, ct);
        }

        return true;
    }

    private static TriggerKey TriggerKeyOf(Guid runId) => new($"solve-{runId:N}", SolveRotaJob.Group);
}
