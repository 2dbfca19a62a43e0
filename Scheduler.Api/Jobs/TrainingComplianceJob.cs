using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>Daily at 06:00 Europe/Paris: training expiry and rota check. Thin: the work is in <see cref="TrainingComplianceRunner"/>.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingComplianceJob(TrainingComplianceRunner runner, ILogger<TrainingComplianceJob> logger) : IJob
{
    public static readonly JobKey Key = new("training-compliance", QualitySchedules.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await runner.RunAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Training: {People} listener(s) checked, {Shifts} published shift(s) on untrained listeners, {Alerts} new alert(s)",
                result.Qualifications.Count, result.ShiftsOfUntrained.Count, result.AlertsRaised);
        }
    }
}
