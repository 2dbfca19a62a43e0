using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Quartz in the web host: the persistent job store, the hosted service that starts and stops the scheduler, and the
/// health check. Jobs are added by separate <c>AddQuartz</c> calls (the solve job, the quality jobs): Quartz 4 applies
/// every configure action to the same scheduler options, so the calls add up.
/// </summary>
public static class QuartzHostSetup
{
    /// <summary>The configuration section <see cref="JobStoreSettings"/> is bound from.</summary>
    public const string Section = "JobStore";

    public static IHostApplicationBuilder AddSchedulerQuartz(this IHostApplicationBuilder builder, JobStoreSettings store)
    {
        builder.AddQuartz(q => q.UseSchedulerJobStore(store));
        // Let a running job finish on shutdown: quality writes are idempotent and a solve is recoverable, but a clean stop avoids a redo.
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHealthChecks().AddQuartz();
        return builder;
    }

    /// <summary>
    /// The settings from the <c>JobStore</c> section; without a connection string, a SQLite file <c>quartz.db</c> in the data folder.
    /// </summary>
    public static JobStoreSettings Settings(IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(Section);
        var settings = section.Get<JobStoreSettings>() ?? new JobStoreSettings();
        if (section[nameof(JobStoreSettings.ConnectionString)] is not { Length: > 0 })
        {
            settings = settings with { ConnectionString = $"Data Source={Path.Combine(dataDirectory, "quartz.db")}" };
        }

        // Bad settings stop the start with a message naming them.
        var problems = settings.Problems();
        return problems.Count == 0
            ? settings
            : throw new InvalidOperationException($"{Section} settings: {string.Join(" ", problems)}");
    }
}
