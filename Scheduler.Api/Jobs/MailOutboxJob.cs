using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Every minute, when e-mail is on: sends the outbox messages that are due. Thin: the work is in
/// <see cref="MailOutboxRunner"/>. Not concurrent, on one node or across a cluster, so no message is sent twice at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MailOutboxJob(MailOutboxRunner runner, ILogger<MailOutboxJob> logger) : IJob
{
    public const string Group = "mail";

    public static readonly JobKey Key = new("mail-outbox", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await runner.RunAsync(cancellationToken);
        if ((result.Sent > 0 || result.Failed > 0) && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Mail: {Sent} message(s) sent, {Failed} attempt(s) failed", result.Sent, result.Failed);
        }
    }

    /// <summary>Every minute on the minute, in UTC (no daylight-saving gap or repeated hour).</summary>
    public const string EveryMinuteCron = "0 * * * * ?";

    /// <summary>The job and its one-minute trigger. A missed minute is not replayed: the next run takes everything due.</summary>
    public static IQuartzBuilder AddMailJob(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<MailOutboxJob>(j => j.WithIdentity(Key).StoreDurably());
        quartz.AddTrigger(t => t
            .ForJob(Key)
            .WithIdentity("mail-every-minute", Group)
            .WithSchedule(CronScheduleBuilder.Create(EveryMinuteCron).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
        return quartz;
    }
}
