using Quartz;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Registers the quality jobs, their triggers and their runners. The runners need the stores the host provides:
/// <see cref="IJobWatermarkStore"/>, <see cref="ICallRecordSource"/>, <see cref="ISlaIntervalStore"/>, <see cref="IStaffingSource"/>,
/// <see cref="ISlaReportStore"/>, <see cref="IAlertSink"/>, <see cref="ITrainingRecordSource"/>, <see cref="IQualificationStore"/>
/// and <see cref="IPublishedRotaSource"/>.
/// </summary>
public static class QualityJobRegistration
{
    public static IQuartzBuilder AddQualityJobs(this IQuartzBuilder quartz)
    {
        quartz.AddJob<SlaComplianceJob>(j => j.WithIdentity(SlaComplianceJob.Key).StoreDurably());
        quartz.AddTrigger(t => t
            .ForJob(SlaComplianceJob.Key)
            .WithIdentity("sla-every-15-minutes", QualitySchedules.Group)
            .WithSchedule(QualitySchedules.Sla()));

        quartz.AddJob<SlaReportJob>(j => j.WithIdentity(SlaReportJob.Key).StoreDurably());
        AddReportTrigger(quartz, "sla-report-daily", QualitySchedules.DailyReportCron, PeriodKind.Day);
        AddReportTrigger(quartz, "sla-report-weekly", QualitySchedules.WeeklyReportCron, PeriodKind.Week);
        AddReportTrigger(quartz, "sla-report-monthly", QualitySchedules.MonthlyReportCron, PeriodKind.Month);

        quartz.AddJob<TrainingComplianceJob>(j => j.WithIdentity(TrainingComplianceJob.Key).StoreDurably());
        quartz.AddTrigger(t => t
            .ForJob(TrainingComplianceJob.Key)
            .WithIdentity("training-daily", QualitySchedules.Group)
            .WithSchedule(QualitySchedules.Training()));
        return quartz;
    }

    public static IServiceCollection AddQualityRunners(
        this IServiceCollection services, SlaComplianceOptions? sla = null, TrainingComplianceOptions? training = null)
    {
        services.AddSingleton(sla ?? SlaComplianceOptions.Default);
        services.AddSingleton(training ?? TrainingComplianceOptions.Default);
        services.AddScoped<SlaComplianceRunner>();
        services.AddScoped<SlaReportRunner>();
        services.AddScoped<TrainingComplianceRunner>();
        return services;
    }

    private static void AddReportTrigger(IQuartzBuilder quartz, string name, string cron, PeriodKind period) =>
        quartz.AddTrigger(t => t
            .ForJob(SlaReportJob.Key)
            .WithIdentity(name, QualitySchedules.Group)
            .UsingJobData(SlaReportJob.PeriodKey, period.ToString())
            .WithSchedule(QualitySchedules.Report(cron)));
}
