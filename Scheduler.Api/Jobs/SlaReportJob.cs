using Quartz;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>Stores the report of the period that just ended; the period (day, week, month) comes from the trigger's data.</summary>
[DisallowConcurrentExecution]
public sealed class SlaReportJob(SlaReportRunner runner, ILogger<SlaReportJob> logger) : IJob
{
    public const string PeriodKey = "period";

    public static readonly JobKey Key = new("sla-report", QualitySchedules.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var text = context.MergedJobDataMap.GetString(PeriodKey);
        if (!Enum.TryParse<PeriodKind>(text, ignoreCase: true, out var kind))
        {
            throw new JobExecutionException($"Trigger data '{PeriodKey}' is '{text}', not Day, Week or Month.");
        }

        var report = await runner.RunAsync(kind, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("SLA {Kind} report stored: {Rows} row(s)", kind, report.Count);
        }
    }
}
