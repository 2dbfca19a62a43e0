using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Every 15 minutes: computes the finished half-hours since its last run and raises breaches. Thin: the work is in
/// <see cref="SlaComplianceRunner"/>. One at a time across the cluster, since two runs would compute the same half-hours.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SlaComplianceJob(SlaComplianceRunner runner, ILogger<SlaComplianceJob> logger) : IJob
{
    public static readonly JobKey Key = new("sla-compliance", QualitySchedules.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await runner.RunAsync(cancellationToken);
        if (result.SkippedBefore is { } skipped)
        {
            logger.LogWarning("SLA catch-up limited: half-hours from {Skipped} to {From} were not computed", skipped, result.From);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "SLA: {Count} half-hour(s) computed up to {To}, {Alerts} new alert(s)", result.HalfHoursComputed, result.To, result.AlertsRaised);
        }
    }
}
