using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Scheduler.Tests.Api;

/// <summary>A solve cut short by the death of the node running it is run again when a node (here the same one, restarted) comes up.</summary>
[Collection(Solving.Name)]
public sealed class SolveRecoveryTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("scheduler-recovery-").FullName;

    [Fact]
    public async Task Solve_NodeKilledWhileRunning_RunsAgainAfterRestartAndSucceeds()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Uri status;
        string email, password;
        using (var first = ServiceProcess.Start(directory))
        {
            await first.WaitHealthyAsync(http, TimeSpan.FromSeconds(60));
            var manager = first.Output.Split('\n').Single(l => l.StartsWith("demo account: Manager ", StringComparison.Ordinal)).Split(' ');
            (email, password) = (manager[3], manager[4]);
            await SignInAsync(http, first.Address, email, password);

            using var started = await http.PostAsJsonAsync(new Uri(first.Address, "/api/rotas"), new { start = "2026-11-30", weeks = 1, options = new { timeLimitSeconds = Solving.TimeLimitSeconds } });
            status = new Uri(first.Address, started.Headers.Location!);
            var running = await SolveApi.WaitAsync(http, status, TimeSpan.FromSeconds(60), s => s.GetProperty("status").GetString() != "Queued");
            Assert.Equal("Running", running.GetProperty("status").GetString());
            first.Kill();
        }

        using var second = ServiceProcess.Start(directory);
        await second.WaitHealthyAsync(http, TimeSpan.FromSeconds(60));
        await SignInAsync(http, second.Address, email, password);
        var path = status.PathAndQuery;
        var ended = await SolveApi.WaitAsync(http, new Uri(second.Address, path), TimeSpan.FromSeconds(120));

        Assert.True(ended.GetProperty("status").GetString() == "Succeeded", ended.ToString() + "\n" + second.Output);
        Assert.Equal(2, ended.GetProperty("attempts").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, ended.GetProperty("rotaId").ValueKind);
    }

    private static async Task SignInAsync(HttpClient http, Uri address, string email, string password)
    {
        using var login = await http.PostAsJsonAsync(new Uri(address, "/api/auth/login"), new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
