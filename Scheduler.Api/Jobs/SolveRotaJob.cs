using Quartz;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Runs one solve (the run's id comes from the trigger's data). Durable, so it stays registered between solves, and
/// recoverable: when the node running it dies, the job store hands the firing to another node (or to this one at
/// restart), which runs the solve again from the start.
/// </summary>
public sealed class SolveRotaJob(RotaSolveRunner runner) : IJob
{
    public const string Group = "rotas";
    public const string RunIdKey = "solveRunId";

    public static readonly JobKey Key = new("solve-rota", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Guid.TryParse(context.MergedJobDataMap.GetString(RunIdKey), out var runId))
        {
            throw new JobExecutionException($"Trigger data '{RunIdKey}' is not a solve run id.");
        }

        await runner.RunAsync(runId, context.FireInstanceId, context.Recovering, cancellationToken);
    }

    /// <summary>Registers the job once; each solve adds a trigger (<see cref="SolveDispatcher"/>).</summary>
    public static IQuartzBuilder AddSolveJob(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<SolveRotaJob>(j => j.WithIdentity(Key).StoreDurably().RequestRecovery());
        return quartz;
    }
}
