using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The rota page's history: each change in a sentence, by whom (their name), with the reason of an override.</summary>
public sealed class RotaHistoryPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task EditedThenPublishedRota_TellsBothAndItsMaking_InFrenchAndEnglish()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var me = await RotaApi.MyStaffIdAsync(factory);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray().ToDictionary(s => s.GetProperty("id").GetGuid(), s => s.GetProperty("name").GetString()!);
        var managerName = staff[(await manager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid()];
        var rota = await RotaApi.ImportAsync(factory, "2027-08-09", RotaApi.Shift(me, "2027-08-10", "09:00", "15:00"));
        var rotaId = RotaApi.RotaId(rota);
        (await manager.PutAsJsonAsync($"/api/rotas/{rotaId}/assignments/{RotaApi.ShiftOf(rota, me)}",
            new { version = rota.GetProperty("rota").GetProperty("version").GetGuid(), staffId = me, date = "2027-08-10", start = "10:00", end = "16:00" })).EnsureSuccessStatusCode().Dispose();
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var french = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/plannings/{rotaId}"));
        var english = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/plannings/{rotaId}?culture=en-GB"));

        Assert.Contains("<h2 id=\"history-title\">Historique des modifications</h2>", french, StringComparison.Ordinal);
        Assert.Contains("Historique du planning (3 événement(s))", french, StringComparison.Ordinal);
        Assert.Contains($"Service modifié : {staff[me]}, mardi 10/08/2027, 09:00–15:00 → 10:00–16:00", french, StringComparison.Ordinal);
        Assert.Contains("Planning créé (test), 1 service(s)", french, StringComparison.Ordinal);
        Assert.Matches($"<td>Publié malgré des règles enfreintes \\([a-z-]+(, [a-z-]+)*\\)</td>\\s*<td>{RotaApi.HandMadeRota}</td>", french);
        Assert.Contains($"<td>{managerName}</td>", french, StringComparison.Ordinal);
        Assert.Contains($"Shift changed: {staff[me]}, Tuesday 10/08/2027, 09:00–15:00 → 10:00–16:00", english, StringComparison.Ordinal);
    }
}
