using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Tests.Api;

/// <summary>Starting a solve over HTTP and waiting for it to end, shared by the solve tests.</summary>
public static class SolveApi
{
    /// <summary>Polls the status URL until the run leaves Queued/Running (or <paramref name="timeout"/> passes).</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient manager, Uri location, TimeSpan timeout, Func<JsonElement, bool>? until = null)
    {
        until ??= s => s.GetProperty("status").GetString() is not ("Queued" or "Running");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = await manager.GetFromJsonAsync<JsonElement>(location.IsAbsoluteUri ? location.AbsoluteUri : location.OriginalString);
            if (until(status) || waited.Elapsed > timeout)
            {
                return status;
            }

            await Task.Delay(200);
        }
    }

    public static async Task<(HttpResponseMessage Response, Uri Location)> StartAsync(HttpClient manager, string url, object body)
    {
        var response = await manager.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (response, response.Headers.Location!);
    }
}

/// <summary>Tests that run real solves take turns, so two of them never share the cores and slow each other past their limits.</summary>
[CollectionDefinition(Name)]
public sealed class Solving
{
    public const string Name = "Solving";

    /// <summary>Time limit of a solve that must find a rota (one week, one worker).</summary>
    public const int TimeLimitSeconds = 15;
}
