using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>A manager adds a shift to a draft or takes one out, against the rota version, over HTTP against the real host.</summary>
public sealed class ShiftAddRemoveTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Add_Draft_StoresTheShiftAndJudgesTheRotaWithIt()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-06-07", RotaApi.Shift(me, "2027-06-07", "09:00", "15:00"));
        var id = RotaApi.RotaId(rota);
        using var manager = await factory.ClientAsync(Roles.Manager);

        // A second shift on the same date breaks the one-shift-a-day rule: it is saved (a draft may break rules) and named.
        using var added = await manager.PostAsJsonAsync($"/api/rotas/{id}/assignments",
            new { version = Version(rota), staffId = me, date = "2027-06-07", start = "16:00", end = "20:00" });
        var body = await Json.ReadAsync(added);
        var stored = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{id}");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var newId = body.GetProperty("assignment").GetProperty("id").GetGuid();
        Assert.Equal($"/api/rotas/{id}/assignments/{newId}", added.Headers.Location!.OriginalString);
        Assert.Equal(["09:00", "16:00"], stored.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("start").GetString()).Order());
        Assert.Equal(body.GetProperty("rotaVersion").GetGuid(), stored.GetProperty("rota").GetProperty("version").GetGuid());
        Assert.Contains(body.GetProperty("violations").EnumerateArray(), v => v.GetProperty("rule").GetString() == "one-shift-per-day");
    }

    [Fact]
    public async Task Add_EndBeforeStart_Is400NamingTheFieldAndNothingAdded()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-06-14", RotaApi.Shift(me, "2027-06-14", "09:00", "15:00"));
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PostAsJsonAsync($"/api/rotas/{RotaApi.RotaId(rota)}/assignments",
            new { version = Version(rota), staffId = me, date = "2027-06-15", start = "16:00", end = "12:00" });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "end");
        var stored = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{RotaApi.RotaId(rota)}");
        Assert.Equal(1, stored.GetProperty("assignments").GetArrayLength());
    }

    [Fact]
    public async Task Add_PublishedRota_Answers409()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-06-21", RotaApi.Shift(me, "2027-06-21", "09:00", "15:00"));
        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));
        var version = (await Json.ReadAsync(published)).GetProperty("rota").GetProperty("version").GetGuid();
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PostAsJsonAsync($"/api/rotas/{RotaApi.RotaId(rota)}/assignments",
            new { version, staffId = me, date = "2027-06-22", start = "09:00", end = "15:00" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Remove_Draft_TakesTheShiftOutAndAnswersTheNewVersion()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-06-28",
            RotaApi.Shift(me, "2027-06-28", "09:00", "15:00"), RotaApi.Shift(me, "2027-06-29", "09:00", "15:00"));
        var monday = rota.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("date").GetString() == "2027-06-28").GetProperty("id").GetGuid();
        var url = $"/api/rotas/{RotaApi.RotaId(rota)}/assignments/{monday}";
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var removed = await manager.DeleteAsync($"{url}?version={Version(rota)}");
        var body = await Json.ReadAsync(removed);
        // The same version again is out of date: nothing more is removed.
        using var stale = await manager.DeleteAsync($"{url}?version={Version(rota)}");
        var stored = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{RotaApi.RotaId(rota)}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(monday, body.GetProperty("removedId").GetGuid());
        Assert.Equal(body.GetProperty("rotaVersion").GetGuid(), stored.GetProperty("rota").GetProperty("version").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        Assert.Equal(["2027-06-29"], stored.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task Remove_WithoutVersion_Is400NamingItAndNothingRemoved()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-07-05", RotaApi.Shift(me, "2027-07-05", "09:00", "15:00"));
        var assignment = rota.GetProperty("assignments")[0].GetProperty("id").GetGuid();
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.DeleteAsync($"/api/rotas/{RotaApi.RotaId(rota)}/assignments/{assignment}");

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "version");
        var stored = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{RotaApi.RotaId(rota)}");
        Assert.Equal(1, stored.GetProperty("assignments").GetArrayLength());
    }

    private static Guid Version(JsonElement imported) => imported.GetProperty("rota").GetProperty("version").GetGuid();
}
