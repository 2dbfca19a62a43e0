using System.CommandLine;
using NodaTime;
using Scheduler.Api.Jobs.Cluster;

namespace Scheduler.Api.Cli;

/// <summary>
/// Hidden verb <c>cluster-node</c>: one clustered Quartz node on PostgreSQL, started twice in separate processes by the
/// cluster test. Not for operators, hence hidden from help.
/// </summary>
public static class ClusterNodeCommand
{
    public static Command Create(TextWriter output)
    {
        var connection = new Option<string>("--connection") { Description = "Npgsql connection string of the cluster database.", Required = true };
        var instanceId = new Option<string>("--instance-id") { Description = "This node's Quartz instance id.", Required = true };
        var fireLog = new Option<string>("--fire-log") { Description = "Table that records firings.", DefaultValueFactory = _ => "cluster_fire_log" };
        var schedule = new Option<bool>("--schedule-jobs") { Description = "Schedule the test jobs (one node only)." };
        var lifetime = new Option<int>("--lifetime") { Description = "Seconds before the node stops by itself.", DefaultValueFactory = _ => 120 };
        var longDelay = new Option<int>("--long-job-delay") { Description = "Seconds until the long job starts.", DefaultValueFactory = _ => 6 };
        var command = new Command("cluster-node", "Run one clustered scheduler node (cluster test).")
        {
            connection, instanceId, fireLog, schedule, lifetime, longDelay,
        };
        command.Hidden = true;
        command.SetAction((parse, cancellationToken) => ClusterNode.RunAsync(
            new ClusterNodeSettings
            {
                ConnectionString = parse.GetValue(connection)!,
                InstanceId = parse.GetValue(instanceId)!,
                FireLogTable = parse.GetValue(fireLog)!,
                ScheduleJobs = parse.GetValue(schedule),
                Lifetime = TimeSpan.FromSeconds(parse.GetValue(lifetime)),
                LongJobDelay = TimeSpan.FromSeconds(parse.GetValue(longDelay)),
            },
            SystemClock.Instance,
            output,
            cancellationToken));
        return command;
    }
}
