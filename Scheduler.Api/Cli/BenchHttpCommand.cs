using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Startup;
using Scheduler.Api.Time;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench http [--rate 200] [--seconds 10] [--clients 16]</c>: starts the service on 127.0.0.1 with a new seeded database
/// in a temporary folder (staff, demo accounts, the first rotas), signs in as the demo listener, then drives
/// <c>GET /api/me/shifts</c> for a month and the calendar feed at a fixed rate (p50, p99), and then in a closed loop
/// for the highest throughput; then, signed in as the demo manager, the floor gaps of the next 14 days (the home's
/// heaviest read). Nothing leaves the loopback interface; the folder is deleted at the end.
/// </summary>
public static class BenchHttpCommand
{
    public static Command Create(TextWriter output)
    {
        var rate = new Option<int>("--rate") { Description = "Requests per second of the fixed-rate runs.", DefaultValueFactory = _ => 200 };
        var seconds = new Option<int>("--seconds") { Description = "Length of each fixed-rate run.", DefaultValueFactory = _ => 10 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients of the closed-loop runs.", DefaultValueFactory = _ => 16 };
        var command = new Command("http", "Latency and throughput of the listener's shifts and calendar feed on loopback.") { rate, seconds, clients };
        command.SetAction((parse, ct) => RunAsync(output, parse.GetValue(rate), parse.GetValue(seconds), parse.GetValue(clients), ct));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter output, int rate, int seconds, int clients, CancellationToken ct)
    {
        if (rate is < 1 or > 5000 || seconds is < 1 or > 120 || clients is < 1 or > 256)
        {
            throw new CommandLineException("bench http: --rate 1 to 5000, --seconds 1 to 120, --clients 1 to 256.");
        }

        var data = Directory.CreateTempSubdirectory("scheduler-bench-http-").FullName;
        var app = SchedulerHost.Build(
        [
            "--urls", "http://127.0.0.1:0", "--data", data,
            "--Logging:LogLevel:Default=Warning", "--Scheduler:SeedSolveSeconds=10",
        ]);
        try
        {
            await app.StartAsync(ct);
            var address = new Uri(app.Urls.First());
            if (!IPAddress.IsLoopback(IPAddress.Parse(address.Host)))
            {
                throw new CommandLineException($"bench http: the service listens on {address}, not on loopback.");
            }

            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(64, clients), UseProxy = false };
            using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            await WaitHealthyAsync(http, ct);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(app.Services, http, PlatformSeeder.ListenerEmail, ct));

            var today = app.Services.GetRequiredService<IClock>().Today();
            var monday = today.DayOfWeek == IsoDayOfWeek.Monday ? today : today.Previous(IsoDayOfWeek.Monday);
            var shifts = string.Create(CultureInfo.InvariantCulture, $"/api/me/shifts?from={monday:yyyy-MM-dd}&to={monday.PlusDays(30):yyyy-MM-dd}");
            var feed = new Uri((await http.GetFromJsonAsync<JsonElement>("/api/me/calendar", ct)).GetProperty("url").GetString()!).PathAndQuery;
            var count = (await http.GetFromJsonAsync<JsonElement>(shifts, ct)).GetArrayLength();

            await output.WriteLineAsync($"bench http: service at {address}, listener has {count} published shift(s) in the month; {Environment.ProcessorCount} cores");
            await output.WriteLineAsync("endpoint | mode | requests | errors | p50 (ms) | p99 (ms) | max (ms) | achieved (req/s)");
            foreach (var (name, url) in new[] { ("GET /api/me/shifts (month)", shifts), ("GET /calendar/{token}.ics", feed) })
            {
                await HttpLoad.ClosedLoopAsync(http, url, 4, TimeSpan.FromSeconds(2), 500, ct);
                await Row(output, name, $"{rate}/s fixed", await HttpLoad.OpenLoopAsync(http, url, rate, TimeSpan.FromSeconds(seconds), ct));
                await Row(output, name, $"closed, {clients} clients", await HttpLoad.ClosedLoopAsync(http, url, clients, TimeSpan.FromSeconds(seconds), 1_000_000, ct));
            }

            await FloorGapsAsync(output, app.Services, http, seconds, ct);
            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// The managers' heaviest read: the floor gaps of the next 14 days (a problem built, two validator checks), with the
    /// demo listener off sick for the week so that there is something to judge; at a manager's pace, then flat out.
    /// </summary>
    private static async Task FloorGapsAsync(TextWriter output, IServiceProvider services, HttpClient listener, int seconds, CancellationToken ct)
    {
        using var manager = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = listener.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        manager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(services, manager, PlatformSeeder.ManagerEmail, ct));
        var me = (await listener.GetFromJsonAsync<JsonElement>("/api/me", ct)).GetProperty("id").GetGuid();
        var today = services.GetRequiredService<IClock>().Today();
        using var sick = await manager.PostAsJsonAsync($"/api/staff/{me}/absences", new { from = Iso(today), to = Iso(today.PlusDays(6)), kind = "Sickness" }, ct);
        sick.EnsureSuccessStatusCode();
        const string Gaps = "/api/floor-gaps";
        var found = (await manager.GetFromJsonAsync<JsonElement>(Gaps, ct)).GetArrayLength();
        var name = $"GET {Gaps} (14 days, {found} gap(s))";
        await HttpLoad.ClosedLoopAsync(manager, Gaps, 2, TimeSpan.FromSeconds(2), 100, ct);
        await Row(output, name, "10/s fixed", await HttpLoad.OpenLoopAsync(manager, Gaps, 10, TimeSpan.FromSeconds(seconds), ct));
        await Row(output, name, "closed, 4 clients", await HttpLoad.ClosedLoopAsync(manager, Gaps, 4, TimeSpan.FromSeconds(seconds), 1_000_000, ct));
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task Row(TextWriter output, string name, string mode, LoadResult r) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name} | {mode} | {r.Requests} | {r.Errors} | {r.P50:F1} | {r.P99:F1} | {r.Max:F1} | {r.RequestsPerSecond:F0}"));

    private static async Task WaitHealthyAsync(HttpClient http, CancellationToken ct)
    {
        for (var i = 0; i < 600; i++)
        {
            using var response = await http.GetAsync("/health", ct);
            if (await response.Content.ReadAsStringAsync(ct) == "Healthy")
            {
                return;
            }

            await Task.Delay(500, ct);
        }

        throw new CommandLineException("bench http: the service did not become healthy within 5 minutes.");
    }

    /// <summary>The demo accounts' passwords were printed once and are not kept: give the account a new one for this run.</summary>
    private static async Task<string> SignInAsync(IServiceProvider services, HttpClient http, string email, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SchedulerUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new CommandLineException($"bench http: no demo account {email}.");
        var password = PasswordGenerator.Generate();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, ct);
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }
}
