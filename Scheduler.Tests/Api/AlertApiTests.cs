using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Api;

/// <summary>Alerts: stored once per key, listed, acknowledged by a quality lead or manager.</summary>
public sealed class AlertApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private Task<bool> RaiseAsync(string key) => factory.InScopeAsync(sp => sp.GetRequiredService<IAlertSink>().RaiseAsync(
        new QualityAlert(key, AlertKinds.ServiceLevel, ApiFactory.Now, new LocalDate(2026, 11, 24), new AlertText("Niveau de service (téléphone) du 24/11/2026 : 70 %.", "Service level (phone) on 24/11/2026: 70 %."), CallChannel.Phone),
        CancellationToken.None));

    [Fact]
    public async Task RaiseAsync_SameKeyTwice_StoresOneAlertListedOnce()
    {
        Assert.True(await RaiseAsync("test:once"));
        Assert.False(await RaiseAsync("test:once"));
        using var client = await factory.ClientAsync(Roles.QualityLead);

        var alerts = await Json.ReadAsync(await client.GetAsync("/api/alerts?kind=service-level"));

        var alert = Assert.Single(alerts.EnumerateArray(), a => a.GetProperty("key").GetString() == "test:once");
        Assert.Equal(("service-level", "phone", "2026-11-24"), (alert.GetProperty("kind").GetString(), alert.GetProperty("channel").GetString(), alert.GetProperty("date").GetString()));
        Assert.Equal(JsonValueKindNull, alert.GetProperty("acknowledgedAt").ValueKind);
    }

    [Fact]
    public async Task Acknowledge_OpenAlert_RecordsWhoAndWhenAndLeavesTheOpenList()
    {
        await RaiseAsync("test:ack");
        using var client = await factory.ClientAsync(Roles.QualityLead);
        var open = await Json.ReadAsync(await client.GetAsync("/api/alerts?acknowledged=false"));
        var id = open.EnumerateArray().Single(a => a.GetProperty("key").GetString() == "test:ack").GetProperty("id").GetString();

        using var response = await client.PostAsync($"/api/alerts/{id}/acknowledge", null);

        var body = await Json.ReadAsync(response);
        Assert.Equal("quality@3133.example", body.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(ApiFactory.Now.ToString(), body.GetProperty("acknowledgedAt").GetString());
        var stillOpen = await Json.ReadAsync(await client.GetAsync("/api/alerts?acknowledged=false"));
        Assert.DoesNotContain(stillOpen.EnumerateArray(), a => a.GetProperty("key").GetString() == "test:ack");
    }

    [Fact]
    public async Task Acknowledge_UnknownId_Is404()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.PostAsync($"/api/alerts/{Guid.NewGuid()}/acknowledge", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_TakeOutOfRange_Is400NamingTake()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.GetAsync("/api/alerts?take=0");

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "take");
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
