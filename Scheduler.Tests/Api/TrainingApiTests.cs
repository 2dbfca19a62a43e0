using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Jobs;

namespace Scheduler.Tests.Api;

/// <summary>
/// Training records through the API, and the expiry path: compliance states, the solver's view of an expired listener,
/// and the training job's breach for a published shift that relies on one. "Today" is Wednesday 25 November 2026.
/// X finished the initial training on 10 January 2025 and a 12-month refresher on 1 June 2025 (valid to 31 May 2026:
/// expired); Z finished the initial training on 1 December 2025 and never a refresher (due by 30 November 2026:
/// expiring soon); W has no records (the manager's flag stands).
/// </summary>
public sealed class TrainingApiTests : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly ApiFactory _factory;
    private Guid _x, _z, _w;

    public TrainingApiTests(ApiFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        var listeners = await _factory.ListenersAsync(3);
        (_x, _z, _w) = (listeners[0], listeners[1], listeners[2]);
        if (await _factory.InDatabaseAsync(db => db.TrainingModules.AnyAsync()))
        {
            return;
        }

        using var client = await _factory.ClientAsync(Roles.Manager);
        await PostOkAsync(client, "/api/training/modules", new { id = "initial", name = "Formation initiale", kind = "Initial", durationDays = 15 });
        await PostOkAsync(client, "/api/training/modules", new { id = "refresher", name = "Recyclage", kind = "Refresher", durationDays = 2, validityMonths = 12 });
        await PostOkAsync(client, "/api/training/completions", new { staffId = _x, moduleId = "initial", completedOn = "2025-01-10" });
        await PostOkAsync(client, "/api/training/completions", new { staffId = _x, moduleId = "refresher", completedOn = "2025-06-01" });
        await PostOkAsync(client, "/api/training/completions", new { staffId = _z, moduleId = "initial", completedOn = "2025-12-01" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task PostOkAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Compliance_Today_ReportsExpiredExpiringAndUntrackedListeners()
    {
        using var client = await _factory.ClientAsync(Roles.QualityLead);

        var rows = (await Json.ReadAsync(await client.GetAsync("/api/training/compliance"))).EnumerateArray()
            .ToDictionary(r => Guid.Parse(r.GetProperty("staffId").GetString()!));

        Assert.Equal(("Expired", "2026-05-31", "2026-06-01"), (rows[_x].GetProperty("state").GetString(),
            rows[_x].GetProperty("qualifiedUntil").GetString(), rows[_x].GetProperty("untrainedFrom").GetString()));
        Assert.Equal(("ExpiringSoon", "2026-11-30"), (rows[_z].GetProperty("state").GetString(), rows[_z].GetProperty("qualifiedUntil").GetString()));
        Assert.Equal(("Valid", false), (rows[_w].GetProperty("state").GetString(), rows[_w].GetProperty("tracked").GetBoolean()));
        Assert.Equal(21, rows.Count);
    }

    [Fact]
    public async Task RotaProblemFactory_ExpiredRefresher_ListenerIsUntrainedFromTheDayAfter()
    {
        var problem = await _factory.InScopeAsync(sp => sp.GetRequiredService<RotaProblemFactory>().BuildAsync(new LocalDate(2026, 11, 30), 1, CancellationToken.None));

        var x = problem.Staff.Single(s => s.Id == _x.ToString());
        var z = problem.Staff.Single(s => s.Id == _z.ToString());
        var w = problem.Staff.Single(s => s.Id == _w.ToString());
        Assert.Equal(new LocalDate(2026, 5, 31), x.QualifiedUntil);
        Assert.False(x.CountsAsTrainedListenerOn(new LocalDate(2026, 11, 30)));
        Assert.True(z.CountsAsTrainedListenerOn(new LocalDate(2026, 11, 30)));
        Assert.False(z.CountsAsTrainedListenerOn(new LocalDate(2026, 12, 1)));
        Assert.Null(w.QualifiedUntil);
    }

    [Fact]
    public async Task TrainingJob_PublishedShiftOfExpiredListener_RaisesBreachAndStoresQualification()
    {
        await _factory.PublishDayAsync(new LocalDate(2026, 11, 26), [_x, _w], new LocalTime(9, 0), new LocalTime(14, 0));

        await _factory.InScopeAsync(sp => sp.GetRequiredService<TrainingComplianceRunner>().RunAsync(CancellationToken.None));

        var alerts = await _factory.InDatabaseAsync(db => db.Alerts.Select(a => new { a.Kind, a.StaffId, a.Date }).ToListAsync());
        Assert.Contains(alerts, a => a.Kind == AlertKinds.RotaUntrainedListener && a.StaffId == _x.ToString() && a.Date == new LocalDate(2026, 11, 26));
        Assert.DoesNotContain(alerts, a => a.Kind == AlertKinds.RotaUntrainedListener && a.StaffId == _w.ToString());
        Assert.Contains(alerts, a => a.Kind == AlertKinds.TrainingExpired && a.StaffId == _x.ToString());
        Assert.Contains(alerts, a => a.Kind == AlertKinds.TrainingExpiring && a.StaffId == _z.ToString());
        var stored = await _factory.InDatabaseAsync(db => db.Staff.SingleAsync(s => s.Id == _x));
        Assert.Equal(new LocalDate(2026, 5, 31), stored.QualifiedUntil);
    }

    [Fact]
    public async Task CreateCompletion_UnknownModule_Is400NamingModuleId()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);

        using var response = await client.PostAsJsonAsync("/api/training/completions", new { staffId = _x, moduleId = "nope", completedOn = "2026-01-01" });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "moduleId");
    }

    [Fact]
    public async Task CreateModule_RefresherWithoutValidity_Is400NamingValidityMonths()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);

        using var response = await client.PostAsJsonAsync("/api/training/modules", new { id = "r2", name = "Recyclage", kind = "Refresher" });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "validityMonths");
    }

    [Fact]
    public async Task UpdateModule_NewName_KeepsIdAndCompletions()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);
        var before = await _factory.InDatabaseAsync(db => db.TrainingCompletions.CountAsync(c => c.ModuleId == "initial"));

        using var response = await client.PutAsJsonAsync("/api/training/modules/initial", new { name = "Formation initiale (15 jours)", kind = "Initial", durationDays = 15 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var modules = (await Json.ReadAsync(await client.GetAsync("/api/training/modules"))).EnumerateArray().ToList();
        Assert.Contains(modules, m => m.GetProperty("id").GetString() == "initial" && m.GetProperty("name").GetString() == "Formation initiale (15 jours)");
        Assert.Equal(before, await _factory.InDatabaseAsync(db => db.TrainingCompletions.CountAsync(c => c.ModuleId == "initial")));
        Assert.True(before > 0);
    }

    [Fact]
    public async Task UpdateModule_RefresherWithoutValidity_Is400NamingValidityMonthsAndNothingChanged()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);

        using var response = await client.PutAsJsonAsync("/api/training/modules/refresher", new { name = "Recyclage", kind = "Refresher", durationDays = 2 });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "validityMonths");
        Assert.Equal(12, await _factory.InDatabaseAsync(db => db.TrainingModules.Where(m => m.Id == "refresher").Select(m => m.ValidityMonths).SingleAsync()));
    }

    [Fact]
    public async Task CreateModule_NameOfAnotherWhateverItsCaseAndSpaces_Is409NamingName()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);
        using var first = await client.PostAsJsonAsync("/api/training/modules", new { id = "ecoute", name = "Écoute active", kind = "Refresher", validityMonths = 24 });

        using var second = await client.PostAsJsonAsync("/api/training/modules", new { id = "ecoute-2", name = " écoute   ACTIVE ", kind = "Refresher", validityMonths = 12 });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Equal("name", (await Json.ReadAsync(second)).GetProperty("field").GetString());
        Assert.False(await _factory.InDatabaseAsync(db => db.TrainingModules.AnyAsync(m => m.Id == "ecoute-2")));
    }

    [Fact]
    public async Task UpdateModule_NameOfAnother_Is409AndNothingChanged()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);
        var initialName = await _factory.InDatabaseAsync(db => db.TrainingModules.Where(m => m.Id == "initial").Select(m => m.Name).SingleAsync());

        using var response = await client.PutAsJsonAsync("/api/training/modules/refresher", new { name = initialName.ToUpperInvariant(), kind = "Refresher", durationDays = 2, validityMonths = 12 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotEqual(initialName.ToUpperInvariant(), await _factory.InDatabaseAsync(db => db.TrainingModules.Where(m => m.Id == "refresher").Select(m => m.Name).SingleAsync()));
    }

    [Fact]
    public async Task UpdateAndDeleteModule_UnknownId_Are404()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);

        using var updated = await client.PutAsJsonAsync("/api/training/modules/nope", new { name = "Rien", kind = "Refresher", validityMonths = 6 });
        using var deleted = await client.DeleteAsync("/api/training/modules/nope");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (updated.StatusCode, deleted.StatusCode));
    }

    /// <summary>
    /// V (the fourth listener) finished the initial training on 1 June 2026 and an ethics refresher on 1 January 2024;
    /// the ethics module's validity decides V's last valid date. X and Z are not concerned: for them the ethics refresher
    /// runs from their initial training, far beyond their other limits.
    /// </summary>
    [Fact]
    public async Task UpdateModule_LongerValidity_StoresTheListenersNewQualificationAtOnce()
    {
        var v = (await _factory.ListenersAsync(4))[3];
        using var client = await _factory.ClientAsync(Roles.Manager);
        await PostOkAsync(client, "/api/training/modules", new { id = "ethics", name = "Déontologie", kind = "Refresher", durationDays = 1, validityMonths = 24 });
        await PostOkAsync(client, "/api/training/completions", new { staffId = v, moduleId = "initial", completedOn = "2026-06-01" });
        await PostOkAsync(client, "/api/training/completions", new { staffId = v, moduleId = "ethics", completedOn = "2024-01-01" });

        using var threeYears = await client.PutAsJsonAsync("/api/training/modules/ethics", new { name = "Déontologie", kind = "Refresher", durationDays = 1, validityMonths = 36 });
        var first = await QualifiedUntilAsync(client, v);
        using var fortyMonths = await client.PutAsJsonAsync("/api/training/modules/ethics", new { name = "Déontologie", kind = "Refresher", durationDays = 1, validityMonths = 40 });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (threeYears.StatusCode, fortyMonths.StatusCode));
        Assert.Equal("2026-12-31", first);
        Assert.Equal("2027-04-30", await QualifiedUntilAsync(client, v));
        Assert.Equal(new LocalDate(2026, 5, 31), await _factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == _x).Select(s => s.QualifiedUntil).SingleAsync()));
    }

    /// <summary>U (the fifth listener) has no record until the API records the initial training: the 12-month refresher then runs from it.</summary>
    [Fact]
    public async Task CreateCompletion_ThroughTheApi_StoresTheListenersQualificationAtOnce()
    {
        var u = (await _factory.ListenersAsync(5))[4];
        using var client = await _factory.ClientAsync(Roles.Manager);
        var before = await QualifiedUntilAsync(client, u);

        await PostOkAsync(client, "/api/training/completions", new { staffId = u, moduleId = "initial", completedOn = "2026-06-01" });

        Assert.Null(before);
        Assert.Equal("2027-05-31", await QualifiedUntilAsync(client, u));
    }

    [Fact]
    public async Task DeleteModule_Unused_IsRemoved()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);
        await PostOkAsync(client, "/api/training/modules", new { id = "unused", name = "Jamais suivi", kind = "Refresher", validityMonths = 120 });

        using var response = await client.DeleteAsync("/api/training/modules/unused");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await _factory.InDatabaseAsync(db => db.TrainingModules.AnyAsync(m => m.Id == "unused")));
    }

    [Fact]
    public async Task DeleteModule_UsedByACompletion_Is409WithTheCountAndKeepsIt()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);

        using var response = await client.DeleteAsync("/api/training/modules/refresher");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var problem = await Json.ReadAsync(response);
        Assert.Equal(1, problem.GetProperty("completions").GetInt32());
        Assert.Contains("1 training record(s)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(await _factory.InDatabaseAsync(db => db.TrainingModules.AnyAsync(m => m.Id == "refresher")));
    }

    /// <summary>The listener's last valid date as the staff API (and so the staff list) shows it.</summary>
    private static async Task<string?> QualifiedUntilAsync(HttpClient client, Guid staffId) =>
        (await Json.ReadAsync(await client.GetAsync($"/api/staff/{staffId}"))).GetProperty("qualifiedUntil").GetString();
}
