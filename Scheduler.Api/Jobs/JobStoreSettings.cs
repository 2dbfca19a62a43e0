namespace Scheduler.Api.Jobs;

public enum JobStoreProvider
{
    /// <summary>The embedded default: a SQLite file, one node.</summary>
    Sqlite,
    SqlServer,
    Postgres,
}

/// <summary>Where Quartz keeps jobs, triggers and fired-trigger state (the AdoJobStore), and how nodes share it.</summary>
public sealed record JobStoreSettings
{
    public JobStoreProvider Provider { get; init; } = JobStoreProvider.Sqlite;

    public string ConnectionString { get; init; } = "Data Source=quartz.db";

    /// <summary>Take part in a cluster with every scheduler on the same database (SQL Server and PostgreSQL only).</summary>
    public bool Clustered { get; init; }

    /// <summary>How often a node records that it is alive.</summary>
    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How late a check-in may be before other nodes take the node's work; failover takes about interval + threshold.</summary>
    public TimeSpan CheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(7.5);

    /// <summary>Same on every node of a cluster.</summary>
    public string InstanceName { get; init; } = "scheduler-3133";

    /// <summary>Unique per node; null lets Quartz generate one (host name + time).</summary>
    public string? InstanceId { get; init; }

    /// <summary>Create the QRTZ_ tables when missing (Quartz's embedded, version-matched script); never alters existing ones.</summary>
    public bool ProvisionSchema { get; init; } = true;

    public int MaxConcurrency { get; init; } = 4;

    /// <summary>The problems that make these settings unusable, empty when they are fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("ConnectionString is empty.");
        }

        if (Clustered && Provider == JobStoreProvider.Sqlite)
        {
            problems.Add("A SQLite job store is a single-node store; clustering needs SQL Server or PostgreSQL.");
        }

        if (CheckinInterval <= TimeSpan.Zero || CheckinMisfireThreshold <= TimeSpan.Zero)
        {
            problems.Add("CheckinInterval and CheckinMisfireThreshold must be positive.");
        }

        if (MaxConcurrency < 1)
        {
            problems.Add("MaxConcurrency must be at least 1.");
        }

        return problems;
    }
}
