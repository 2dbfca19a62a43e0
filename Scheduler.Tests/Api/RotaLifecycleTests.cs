using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

public sealed class RotaLifecycleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Publish_Draft_MakesItsShiftsVisibleToTheListener()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2026-11-30",
            RotaApi.Shift(me, "2026-11-30", "09:00", "17:00", "12:00", "12:45"),
            RotaApi.Shift(me, "2026-12-01", "12:00", "20:00"),
            RotaApi.Shift(other, "2026-11-30", "09:00", "17:00"));
        using var listener = await factory.ClientAsync(Roles.Listener);
        const string week = "/api/me/shifts?from=2026-11-30&to=2026-12-06";

        var beforePublish = await listener.GetFromJsonAsync<JsonElement>(week);
        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));
        var afterPublish = await listener.GetFromJsonAsync<JsonElement>(week);

        Assert.Equal("Draft", rota.GetProperty("rota").GetProperty("status").GetString());
        Assert.Equal(0, beforePublish.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Published", (await Json.ReadAsync(published)).GetProperty("rota").GetProperty("status").GetString());
        Assert.Equal(2, afterPublish.GetArrayLength());
        Assert.Equal("2026-11-30", afterPublish[0].GetProperty("date").GetString());
        Assert.Equal("09:00", afterPublish[0].GetProperty("start").GetString());
        Assert.Equal("12:45", afterPublish[0].GetProperty("breakEnd").GetString());
        Assert.Equal("20:00", afterPublish[1].GetProperty("end").GetString());
    }

    [Fact]
    public async Task Publish_SecondRotaOfTheSamePeriod_SupersedesTheFirst()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var first = await RotaApi.ImportAsync(factory, "2026-12-07", RotaApi.Shift(me, "2026-12-07", "09:00", "15:00"));
        var second = await RotaApi.ImportAsync(factory, "2026-12-07", RotaApi.Shift(me, "2026-12-08", "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(first))).Dispose();

        using var response = await RotaApi.PublishAsync(factory, RotaApi.RotaId(second));
        using var manager = await factory.ClientAsync(Roles.Manager);
        var old = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{RotaApi.RotaId(first)}");
        using var listener = await factory.ClientAsync(Roles.Listener);
        var shifts = await listener.GetFromJsonAsync<JsonElement>("/api/me/shifts?from=2026-12-07&to=2026-12-13");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([RotaApi.RotaId(first)], (await Json.ReadAsync(response)).GetProperty("superseded").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal("Superseded", old.GetProperty("rota").GetProperty("status").GetString());
        Assert.Equal("2026-12-08", Assert.Single(shifts.EnumerateArray()).GetProperty("date").GetString());
    }

    [Fact]
    public async Task Publish_AlreadyPublished_Answers409()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-01-04", RotaApi.Shift(me, "2027-01-04", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();

        using var again = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task EditShift_StaleRotaVersion_Answers409WithCurrentAndKeepsTheFirstEdit()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-01-11", RotaApi.Shift(me, "2027-01-11", "09:00", "15:00"));
        var version = rota.GetProperty("rota").GetProperty("version").GetGuid();
        var assignment = rota.GetProperty("assignments")[0].GetProperty("id").GetGuid();
        var url = $"/api/rotas/{RotaApi.RotaId(rota)}/assignments/{assignment}";
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var first = await manager.PutAsJsonAsync(url, new { version, staffId = me, date = "2027-01-11", start = "10:00", end = "16:00" });
        using var second = await manager.PutAsJsonAsync(url, new { version, staffId = me, date = "2027-01-12", start = "11:00", end = "17:00" });
        var conflict = await Json.ReadAsync(second);
        var stored = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{RotaApi.RotaId(rota)}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(version, (await Json.ReadAsync(first)).GetProperty("rotaVersion").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("10:00", conflict.GetProperty("current").GetProperty("assignments")[0].GetProperty("start").GetString());
        Assert.Equal("10:00", stored.GetProperty("assignments")[0].GetProperty("start").GetString());
    }

    [Fact]
    public async Task EditShift_PublishedRota_Answers409()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-01-18", RotaApi.Shift(me, "2027-01-18", "09:00", "15:00"));
        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));
        var version = (await Json.ReadAsync(published)).GetProperty("rota").GetProperty("version").GetGuid();
        var assignment = rota.GetProperty("assignments")[0].GetProperty("id").GetGuid();
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PutAsJsonAsync($"/api/rotas/{RotaApi.RotaId(rota)}/assignments/{assignment}",
            new { version, staffId = me, date = "2027-01-18", start = "10:00", end = "16:00" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task List_ByStatus_AnswersOnlyThatStatus()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        await RotaApi.ImportAsync(factory, "2027-02-01", RotaApi.Shift(me, "2027-02-01", "09:00", "15:00"));
        using var quality = await factory.ClientAsync(Roles.QualityLead);

        var drafts = await quality.GetFromJsonAsync<JsonElement>("/api/rotas?status=Draft");

        Assert.NotEqual(0, drafts.GetArrayLength());
        Assert.All(drafts.EnumerateArray(), r => Assert.Equal("Draft", r.GetProperty("status").GetString()));
    }
}
