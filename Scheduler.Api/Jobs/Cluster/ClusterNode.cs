using NodaTime;
using Quartz;

namespace Scheduler.Api.Jobs.Cluster;

/// <summary>Settings of one node of the cluster test (the hidden <c>cluster-node</c> verb).</summary>
public sealed record ClusterNodeSettings
{
    public required string ConnectionString { get; init; }

    public required string InstanceId { get; init; }

    public string FireLogTable { get; init; } = "cluster_fire_log";

    /// <summary>Only one node schedules the jobs; the others find them in the shared store.</summary>
    public bool ScheduleJobs { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromSeconds(120);

    public int TickJobs { get; init; } = 3;

    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan LongJobDelay { get; init; } = TimeSpan.FromSeconds(6);

    public TimeSpan LongJobDuration { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan CheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// One clustered scheduler node on PostgreSQL, for the cluster test: the store is configured exactly as the service's
/// (<see cref="JobStoreSetup"/>), the Quartz tables must already exist (validated, not created, so two nodes starting
/// together never race on DDL), and it runs until its lifetime ends or the process is killed.
/// </summary>
public static class ClusterNode
{
    public const string TickPrefix = "tick-";
    public const string LongJob = "long";

    public static async Task<int> RunAsync(ClusterNodeSettings settings, IClock clock, TextWriter output, CancellationToken cancellationToken)
    {
        var fireLog = new FireLog(settings.ConnectionString, settings.FireLogTable);
        await fireLog.EnsureTableAsync(cancellationToken);
        var store = new JobStoreSettings
        {
            Provider = JobStoreProvider.Postgres,
            ConnectionString = settings.ConnectionString,
            Clustered = true,
            CheckinInterval = settings.CheckinInterval,
            CheckinMisfireThreshold = settings.CheckinMisfireThreshold,
            InstanceName = "cluster-test",
            InstanceId = settings.InstanceId,
            ProvisionSchema = false,
            MaxConcurrency = 5,
        };
        var scheduler = await QuartzSchedulerBuilder.Create(q => q.UseSchedulerJobStore(store)).BuildScheduler(cancellationToken);
        scheduler.Context[FireLog.ContextKey] = fireLog;
        if (settings.ScheduleJobs)
        {
            await ScheduleAsync(scheduler, settings, clock.GetCurrentInstant().ToDateTimeOffset(), cancellationToken);
        }

        await scheduler.Start(cancellationToken);
        await output.WriteLineAsync($"ready {settings.InstanceId}");
        await output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(settings.Lifetime, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: shut down below like at the end of the lifetime.
        }

        await scheduler.Shutdown(false, CancellationToken.None);
        return 0;
    }

    private static async Task ScheduleAsync(IScheduler scheduler, ClusterNodeSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var start = now.AddSeconds(2);
        for (var i = 0; i < settings.TickJobs; i++)
        {
            var job = JobBuilder.Create<ClusterTickJob>().WithIdentity(TickPrefix + i, "cluster").Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(TickPrefix + i, "cluster")
                .StartAt(start)
                // Every firing must happen once, late rather than never, so missed ones are all replayed.
                .WithSimpleSchedule(s => s.WithInterval(settings.TickInterval).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
                .Build();
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }

        var longJob = JobBuilder.Create<ClusterLongJob>()
            .WithIdentity(LongJob, "cluster")
            .RequestRecovery()
            .UsingJobData(ClusterLongJob.DurationKey, (int)settings.LongJobDuration.TotalSeconds)
            .Build();
        var once = TriggerBuilder.Create()
            .WithIdentity(LongJob, "cluster")
            .StartAt(now + settings.LongJobDelay)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(longJob, once, cancellationToken: cancellationToken);
    }
}
