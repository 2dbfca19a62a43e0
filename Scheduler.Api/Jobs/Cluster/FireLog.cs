using System.Text.RegularExpressions;
using Npgsql;
using Quartz;

namespace Scheduler.Api.Jobs.Cluster;

/// <summary>
/// A table in the cluster's own PostgreSQL database where the cluster-test jobs record each firing (job, scheduled fire
/// time, node, recovering), so a test can count firings across processes.
/// </summary>
public sealed partial class FireLog
{
    public const string ContextKey = "fire-log";

    private readonly string connectionString;
    private readonly string table;

    public FireLog(string connectionString, string table)
    {
        if (!TableName().IsMatch(table))
        {
            throw new ArgumentException($"'{table}' is not a plain table name (letters, digits, underscores).", nameof(table));
        }

        this.connectionString = connectionString;
        this.table = table;
    }

    public async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"create table if not exists {table} (id bigserial primary key, job text not null, scheduled_at timestamptz not null, " +
            "fired_at timestamptz not null, node text not null, recovering boolean not null)",
            connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"insert into {table} (job, scheduled_at, fired_at, node, recovering) values (@job, @scheduled, @fired, @node, @recovering)",
            connection);
        command.Parameters.AddWithValue("job", context.JobDetail.Key.Name);
        command.Parameters.AddWithValue("scheduled", (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime);
        command.Parameters.AddWithValue("fired", context.FireTimeUtc.UtcDateTime);
        command.Parameters.AddWithValue("node", context.Scheduler.SchedulerInstanceId);
        command.Parameters.AddWithValue("recovering", context.Recovering);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static FireLog From(IJobExecutionContext context) =>
        context.Scheduler.Context[ContextKey] as FireLog ?? throw new InvalidOperationException("The scheduler context has no fire log.");

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex TableName();
}
