using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Scheduler.Api.Auth;
using Scheduler.Api.Startup;

namespace Scheduler.Tests.Api;

/// <summary>
/// The real service on a real SQLite file in a temporary data folder of its own, with a fake clock and the start-up
/// output captured (that is where the generated demo passwords are read from).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Wednesday 25 November 2026, 10:00 in Paris.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 9, 0);

    private readonly Dictionary<string, string> _tokens = [];
    private readonly bool _keepData;

    public ApiFactory()
        : this(Path.Combine(Path.GetTempPath(), "scheduler-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>A service on an existing data folder (a "second start"); the folder is kept when <paramref name="keepData"/>.</summary>
    internal ApiFactory(string dataDirectory, bool keepData = false)
    {
        _keepData = keepData;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    /// <summary>Whether the first start seeds the 8-week demo call history (off unless a subclass asks).</summary>
    protected virtual bool WithDemoHistory => false;

    /// <summary>Sign-in attempts per address and minute (<see cref="SignInRateLimit"/>); 0, off, unless a test is about it.</summary>
    protected virtual int SignInAttemptsPerMinute => 0;
    /// <summary>Plan the first rotas at start (<see cref="Scheduler.Api.Startup.FirstRotaSeeder"/>); off unless a test asks.</summary>
    public bool SeedRotas { get; init; }

    /// <summary><c>Scheduler:PlanAheadWeeks</c> (0, the default: each period is planned alone).</summary>
    public int PlanAheadWeeks { get; init; }

    public FakeClock Clock { get; } = new(Now);

    public StringWriter Output { get; } = new();

    /// <summary>Demo accounts printed at start, by role: (email, password).</summary>
    public IReadOnlyDictionary<string, (string Email, string Password)> DemoAccounts =>
        Output.ToString().Split('\n')
            .Where(l => l.StartsWith("demo account: ", StringComparison.Ordinal))
            .Select(l => l.TrimEnd('\r').Split(' '))
            .ToDictionary(parts => parts[2], parts => (parts[3], parts[4]));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Scheduler:DataDirectory", DataDirectory);
        // Eight weeks of synthetic calls take seconds: only the classes that test them ask for them.
        builder.UseSetting("Scheduler:DemoHistory", WithDemoHistory ? "true" : "false");
        // Solving the first rotas takes seconds of both cores: only the tests of that seed turn it on.
        builder.UseSetting("Scheduler:SeedRotas", SeedRotas ? "true" : "false");
        builder.UseSetting("Scheduler:SeedSolveSeconds", "3");
        builder.UseSetting("Solver:Workers", "1");
        // Every test signs in: the per-address limit (one address here) is tested on its own (SignInRateLimitTests).
        builder.UseSetting(SignInRateLimit.Setting, SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Scheduler:PlanAheadWeeks", PlanAheadWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton(new StartupConsole(Output));
        });
    }

    /// <summary>A client signed in with a bearer token as the demo account of <paramref name="role"/>; null role = anonymous.</summary>
    public async Task<HttpClient> ClientAsync(string? role)
    {
        var client = CreateClient();
        if (role is null)
        {
            return client;
        }

        if (!_tokens.TryGetValue(role, out var token))
        {
            var (email, password) = DemoAccounts[role];
            using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            _tokens[role] = token = body.RootElement.GetProperty("accessToken").GetString()!;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Drops the cached token of <paramref name="role"/>, after a test ended its sign-ins (a deactivation, a new link).</summary>
    public void ForgetSignIn(string role) => _tokens.Remove(role);

    /// <summary>A client holding the Identity cookie of a demo account (signed in through the API's cookie login), as a browser does; redirects are not followed.</summary>
    public async Task<HttpClient> CookieClientAsync(string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var (email, password) = DemoAccounts[role];
        using var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keepData)
        {
            // Pooled connections keep the file open; release them so the folder can go.
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; failing the run for it would not be.
            }
        }
    }
}
