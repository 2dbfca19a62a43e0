using Quartz;
using Scheduler.Api.Features.Calls;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Every minute, when <c>Calls:ImportFolder</c> is set: imports the call-record files the telephony platform dropped
/// there (<see cref="CallFolderImport"/>); the SLA job then computes what they changed, as after an upload. Not
/// concurrent, on one node or across a cluster (the folder is then shared), so no file is taken twice at once. Then
/// it checks that calls still arrive (<see cref="SilentFeed"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class CallFolderJob(CallFolderImport import, SilentFeed silent) : IJob
{
    public static readonly JobKey Key = new("import-folder", QualitySchedules.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await import.RunAsync(cancellationToken);
        await silent.CheckAsync(cancellationToken);
    }

    /// <summary>The job and its one-minute trigger; a missed minute is not replayed, the next run takes every file waiting.</summary>
    public static IQuartzBuilder AddCallFolderJob(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<CallFolderJob>(j => j.WithIdentity(Key).StoreDurably());
        quartz.AddTrigger(t => t
            .ForJob(Key)
            .WithIdentity("import-folder-every-minute", QualitySchedules.Group)
            .WithSchedule(CronScheduleBuilder.Create(MailOutboxJob.EveryMinuteCron).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
        return quartz;
    }
}
