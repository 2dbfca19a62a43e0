using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Scheduler.Api.Jobs.Cluster;

namespace Scheduler.Tests.Api;

/// <summary>The web service in a process of its own (<c>dotnet Scheduler.Api.dll --data DIR</c>), so a test can kill it as a crash would.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>Starts the service on a free loopback port, without the first-rota seed, with one solver worker.</summary>
    public static ServiceProcess Start(string dataDirectory)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            typeof(ClusterNode).Assembly.Location, "--data", dataDirectory, "--urls", address.ToString(),
            // No demo history: its two 4-week solves at first start are not what the processes are started for.
            "--Scheduler:SeedRotas=false", "--Scheduler:DemoHistory=false", "--Solver:Workers=1", "--Logging:LogLevel:Default=Warning",
        })
        {
            info.ArgumentList.Add(argument);
        }

        return new ServiceProcess(Process.Start(info)!, address);
    }

    public async Task WaitHealthyAsync(HttpClient client, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                if (await client.GetStringAsync(new Uri(Address, "/health")) == "Healthy")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The service did not become healthy (exited: {process.HasExited}):\n{Output}");
    }

    /// <summary>Kills the process at once: no shutdown, no job completion.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
