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
}
