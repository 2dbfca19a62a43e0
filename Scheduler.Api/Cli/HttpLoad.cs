using System.Diagnostics;

namespace Scheduler.Api.Cli;

/// <summary>Latencies of one load run, in milliseconds, and what it achieved.</summary>
public sealed record LoadResult(int Requests, int Errors, double P50, double P99, double Max, double RequestsPerSecond)
{
    public static LoadResult From(List<double> latencies, int errors, TimeSpan elapsed)
    {
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return new LoadResult(latencies.Count + errors, errors, At(0.50), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1], (latencies.Count + errors) / elapsed.TotalSeconds);
    }
}

/// <summary>
/// Drives one URL with HttpClient. Open loop: requests start on a fixed schedule whatever the answers, and each latency
/// counts from the request's scheduled start, so a slow server cannot hide its queue (no coordinated omission).
/// Closed loop: a fixed number of clients each send the next request when the last one answers, for the highest throughput.
/// </summary>
public static class HttpLoad
{
    public static async Task<LoadResult> OpenLoopAsync(HttpClient client, string url, int rate, TimeSpan duration, CancellationToken ct)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new List<double>(total);
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            tasks.Add(SendAsync(client, url, clock, due, latencies, () => Interlocked.Increment(ref errors), ct));
        }

        await Task.WhenAll(tasks);
        return LoadResult.From(latencies, errors, clock.Elapsed);
    }

    public static async Task<LoadResult> ClosedLoopAsync(HttpClient client, string url, int clients, TimeSpan duration, int maxRequests, CancellationToken ct)
    {
        var latencies = new List<double>();
        var errors = 0;
        var sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref sent) <= maxRequests)
            {
                await SendAsync(client, url, clock, clock.Elapsed, latencies, () => Interlocked.Increment(ref errors), ct);
            }
        }));
        return LoadResult.From(latencies, errors, clock.Elapsed);
    }

    private static async Task SendAsync(
        HttpClient client, string url, Stopwatch clock, TimeSpan due, List<double> latencies, Action error, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                error();
                return;
            }
        }
        catch (HttpRequestException)
        {
            error();
            return;
        }

        var latency = (clock.Elapsed - due).TotalMilliseconds;
        lock (latencies)
        {
            latencies.Add(latency);
        }
    }
}
