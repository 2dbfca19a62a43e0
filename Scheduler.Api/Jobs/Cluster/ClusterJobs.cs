using Quartz;

namespace Scheduler.Api.Jobs.Cluster;

/// <summary>A quick repeating job of the cluster test: records its firing and returns.</summary>
public sealed class ClusterTickJob : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await FireLog.From(context).RecordAsync(context, cancellationToken);
}

/// <summary>
/// The long job of the cluster test, marked for recovery: records its start, then runs until its duration is over.
/// When its node dies meanwhile, another node runs it again with <c>Recovering</c> set.
/// </summary>
public sealed class ClusterLongJob : IJob
{
    public const string DurationKey = "duration-seconds";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await FireLog.From(context).RecordAsync(context, cancellationToken);
        var seconds = context.MergedJobDataMap.GetInt(DurationKey);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The scheduler is shutting down; ending early is the point of the token.
        }
    }
}
