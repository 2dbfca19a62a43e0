using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>Configures Quartz's persistent job store from <see cref="JobStoreSettings"/>.</summary>
public static class JobStoreSetup
{
    /// <summary>
    /// SQLite via Microsoft.Data.Sqlite, SQL Server via Microsoft.Data.SqlClient, PostgreSQL via Npgsql (Quartz loads the
    /// driver by name, so each package must be referenced by the host). Clustering turns on database row locks too.
    /// </summary>
    public static IQuartzBuilder UseSchedulerJobStore(this IQuartzBuilder quartz, JobStoreSettings settings)
    {
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Job store settings: " + string.Join(" ", problems));
        }

        quartz.ConfigureScheduler(o =>
        {
            o.InstanceName = settings.InstanceName;
            if (settings.InstanceId is { } id)
            {
                o.InstanceId = id;
            }
        });
        quartz.UseDefaultThreadPool(settings.MaxConcurrency);
        quartz.UsePersistentStore(store =>
        {
            _ = settings.Provider switch
            {
                JobStoreProvider.Sqlite => store.UseSqlite(settings.ConnectionString),
                JobStoreProvider.SqlServer => store.UseSqlServer(settings.ConnectionString),
                JobStoreProvider.Postgres => store.UsePostgres(settings.ConnectionString),
                _ => throw new InvalidOperationException($"Unknown job store provider {settings.Provider}."),
            };
            if (settings.ProvisionSchema)
            {
                store.ProvisionSchema();
            }

            if (settings.Clustered)
            {
                store.UseClustering(c =>
                {
                    c.CheckinInterval = settings.CheckinInterval;
                    c.CheckinMisfireThreshold = settings.CheckinMisfireThreshold;
                });
            }
        });
        return quartz;
    }
}
