using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>
/// <c>GET /api/rotas/{id}/history</c>: what happened to a rota, from the audit log, latest first; a save that writes
/// several entries (a cover, a swap) is one event.
/// </summary>
public sealed class RotaHistoryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task EditPublishSwapCover_AreFiveEvents_LatestFirst_WithTheirShiftsAndReasons()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var third = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener").Select(s => s.GetProperty("id").GetGuid()).First(id => id != me && id != other);
        var rota = await RotaApi.ImportAsync(factory, "2027-08-02", RotaApi.Shift(me, "2027-08-02", "09:00", "15:00"), RotaApi.Shift(other, "2027-08-03", "09:00", "15:00"));
        var (rotaId, mine, theirs) = (RotaApi.RotaId(rota), RotaApi.ShiftOf(rota, me), RotaApi.ShiftOf(rota, other));
        var version = rota.GetProperty("rota").GetProperty("version").GetGuid();
        (await manager.PutAsJsonAsync($"/api/rotas/{rotaId}/assignments/{mine}", new { version, staffId = me, date = "2027-08-02", start = "10:00", end = "16:00" }))
            .EnsureSuccessStatusCode().Dispose();
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = mine, otherAssignmentId = theirs });
        var swap = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        (await manager.PostAsJsonAsync($"/api/requests/swaps/{swap}/approve", new { overrideReason = RotaApi.HandMadeRota })).EnsureSuccessStatusCode().Dispose();
        (await manager.PostAsJsonAsync($"/api/rotas/{rotaId}/assignments/{mine}/cover", new { staffId = third, overrideReason = "Malade ce jour-là" }))
            .EnsureSuccessStatusCode().Dispose();

        var history = (await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{rotaId}/history")).EnumerateArray().ToList();

        Assert.Equal(["ShiftCovered", "ShiftsSwapped", "Published", "ShiftChanged", "Created"], history.Select(e => e.GetProperty("kind").GetString()));
        var (covered, swapped, published, changed, created) = (history[0], history[1], history[2], history[3], history[4]);
        Assert.Equal(2, created.GetProperty("shifts").GetInt32());
        Assert.Equal("test", created.GetProperty("source").GetString());
        Assert.Equal("09:00", changed.GetProperty("was").GetProperty("start").GetString());
        Assert.Equal("10:00", changed.GetProperty("is").GetProperty("start").GetString());
        Assert.Equal(RotaApi.HandMadeRota, published.GetProperty("reason").GetString());
        Assert.NotEmpty(published.GetProperty("rules").EnumerateArray());
        Assert.Equal(me, swapped.GetProperty("was").GetProperty("staffId").GetGuid());
        Assert.Equal("2027-08-02", swapped.GetProperty("was").GetProperty("date").GetString());
        Assert.Equal(other, swapped.GetProperty("is").GetProperty("staffId").GetGuid());
        Assert.Equal("2027-08-03", swapped.GetProperty("is").GetProperty("date").GetString());
        // After the swap the Monday shift was the colleague's: the cover gave it from them to the third listener.
        Assert.Equal(other, covered.GetProperty("was").GetProperty("staffId").GetGuid());
        Assert.Equal(third, covered.GetProperty("is").GetProperty("staffId").GetGuid());
        Assert.Equal("10:00", covered.GetProperty("is").GetProperty("start").GetString());
        Assert.Equal("Malade ce jour-là", covered.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(covered.GetProperty("was").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task RotaPublishedOverAnother_TheEarlierOneEndsSuperseded()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var first = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2027-08-16", RotaApi.Shift(me, "2027-08-17", "09:00", "15:00")));
        var second = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2027-08-16", RotaApi.Shift(me, "2027-08-18", "09:00", "15:00")));
        (await RotaApi.PublishAsync(factory, first)).EnsureSuccessStatusCode().Dispose();
        (await RotaApi.PublishAsync(factory, second)).EnsureSuccessStatusCode().Dispose();
        using var manager = await factory.ClientAsync(Roles.Manager);

        var history = (await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{first}/history")).EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        using var unknown = await manager.GetAsync($"/api/rotas/{Guid.NewGuid()}/history");

        Assert.Equal(["Superseded", "Published", "Created"], history);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
