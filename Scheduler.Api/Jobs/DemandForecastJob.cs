using Quartz;
using Scheduler.Api.Features.Demand;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Mondays at 02:00 Paris time, after the night's reports: the weekly demand forecast again from the last whole weeks of
/// calls. Thin: the work is in <see cref="WeeklyDemandRefresh"/>. Not concurrent, on one node or across a cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DemandForecastJob(WeeklyDemandRefresh refresh, ILogger<DemandForecastJob> logger) : IJob
{
    public const string Group = "demand";

    public const string MondayCron = "0 0 2 ? * MON";

    public static readonly JobKey Key = new("demand-forecast", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var (outcome, result) = await refresh.RunAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Demand: {Outcome} ({Weeks} week(s), {Calls} call(s))", outcome, result?.WeeksUsed.Count ?? 0, result?.Calls ?? 0);
        }
    }

    /// <summary>
    /// The job and its Monday trigger. Misfire: fire once now, then resume, so a Monday missed while no node was up is
    /// made up when one is back (once, not once per missed Monday).
    /// </summary>
    public static IQuartzBuilder AddDemandJob(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<DemandForecastJob>(j => j.WithIdentity(Key).StoreDurably());
        quartz.AddTrigger(t => t
            .ForJob(Key)
            .WithIdentity("demand-forecast-monday", Group)
            .WithSchedule(CronScheduleBuilder.Create(MondayCron).InTimeZone(QualitySchedules.Paris).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        return quartz;
    }
}
