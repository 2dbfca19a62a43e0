using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Hosts the quality jobs in the web service: Quartz on the persistent store, the jobs and their triggers, the runners,
/// the hosted service and the health check. The host must also register the stores listed on
/// <see cref="QualityJobRegistration"/>; Quartz refuses to build when a job cannot be constructed.
/// </summary>
public static class QualitySchedulingSetup
{
    public static IHostApplicationBuilder AddQualityScheduling(
        this IHostApplicationBuilder builder,
        JobStoreSettings store,
        SlaComplianceOptions? sla = null,
        TrainingComplianceOptions? training = null)
    {
        builder.Services.AddQualityRunners(sla, training);
        builder.AddQuartz(q => q.UseSchedulerJobStore(store).AddQualityJobs());
        // Let a running report or catch-up finish on shutdown: its writes are idempotent, but a clean stop avoids a redo.
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHealthChecks().AddQuartz();
        return builder;
    }
}
