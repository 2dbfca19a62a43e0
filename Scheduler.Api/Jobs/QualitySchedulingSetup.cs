using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Hosts the quality jobs in the web service: the jobs, their triggers and their runners, on the Quartz set up by
/// <see cref="QuartzHostSetup.AddSchedulerQuartz"/> (store, hosted service, health check), which the host calls once.
/// The host must also register the stores listed on <see cref="QualityJobRegistration"/>; Quartz refuses to build when
/// a job cannot be constructed.
/// </summary>
public static class QualitySchedulingSetup
{
    public static IHostApplicationBuilder AddQualityScheduling(
        this IHostApplicationBuilder builder,
        SlaComplianceOptions? sla = null,
        TrainingComplianceOptions? training = null)
    {
        builder.Services.AddQualityRunners(sla, training);
        builder.AddQuartz(q => q.AddQualityJobs());
        return builder;
    }
}
