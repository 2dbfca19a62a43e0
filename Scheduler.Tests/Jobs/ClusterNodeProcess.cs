using System.Diagnostics;
using Scheduler.Api.Jobs.Cluster;
using Xunit.Abstractions;

namespace Scheduler.Tests.Jobs;

/// <summary>One scheduler node in its own process: <c>dotnet Scheduler.Api.dll cluster-node …</c>.</summary>
internal sealed class ClusterNodeProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITestOutputHelper output;

    private ClusterNodeProcess(string instanceId, Process process, ITestOutputHelper output)
    {
        InstanceId = instanceId;
        this.process = process;
        this.output = output;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string InstanceId { get; }

    public static ClusterNodeProcess Start(string connectionString, string instanceId, bool scheduleJobs, string fireLog, ITestOutputHelper output)
    {
        var api = typeof(ClusterNode).Assembly.Location;
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { api, "cluster-node", "--connection", connectionString, "--instance-id", instanceId, "--fire-log", fireLog, "--lifetime", "90" })
        {
            info.ArgumentList.Add(argument);
        }

        if (scheduleJobs)
        {
            info.ArgumentList.Add("--schedule-jobs");
        }

        return new ClusterNodeProcess(instanceId, Process.Start(info)!, output);
    }

    /// <summary>Waits for the node's "ready" line (scheduler started); fails if the process exits first.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(timeout));
        if (first != ready.Task)
        {
            throw new TimeoutException($"{InstanceId} did not start within {timeout} (exited: {process.HasExited}).");
        }
    }

    /// <summary>Kills the process at once, as a crash would: no shutdown, no last check-in.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("ready", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }

        try
        {
            output.WriteLine($"[{InstanceId}] {line}");
        }
        catch (InvalidOperationException)
        {
            // The test has finished; xunit no longer accepts output from the node's reader thread.
        }
    }
}
