using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>
/// <c>GET /api/shifts-to-cover</c> and the managers' home: the coming published shifts whose holder is away, gone or no
/// longer trained. The clock reads Wednesday 25/11/2026, so the default 14 days run to Tuesday 08/12.
/// </summary>
public sealed class ShiftsAtRiskTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AwayGoneAndUntrainedHolders_AreListedWithWhy_OthersAndLaterOnesAreNot()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var me = await RotaApi.MyStaffIdAsync(factory);
        var listeners = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener").Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!))
            .Where(s => s.Id != me).ToList();
        var (away, gone, expired, fine) = (listeners[0], listeners[1], listeners[2], listeners[3]);
        var rota = await RotaApi.ImportAsync(
            factory,
            "2026-11-30",
            RotaApi.Shift(away.Id, "2026-12-01", "09:00", "15:00"),
            RotaApi.Shift(gone.Id, "2026-12-02", "09:00", "15:00"),
            RotaApi.Shift(expired.Id, "2026-12-03", "13:00", "19:00"),
            RotaApi.Shift(fine.Id, "2026-12-04", "09:00", "15:00"));
        var later = await RotaApi.ImportAsync(factory, "2026-12-14", RotaApi.Shift(away.Id, "2026-12-15", "09:00", "15:00"));
        foreach (var r in new[] { rota, later })
        {
            (await RotaApi.PublishAsync(factory, RotaApi.RotaId(r))).EnsureSuccessStatusCode().Dispose();
        }

        (await manager.PostAsJsonAsync($"/api/staff/{away.Id}/absences", new { from = "2026-12-01", to = "2026-12-15", kind = "Leave" })).EnsureSuccessStatusCode().Dispose();
        (await manager.PostAsync($"/api/staff/{gone.Id}/deactivate", null)).EnsureSuccessStatusCode().Dispose();
        await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == expired.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.QualifiedUntil, new LocalDate(2026, 12, 2))));
        (await manager.PostAsJsonAsync($"/api/rotas/{RotaApi.RotaId(rota)}/assignments/{RotaApi.ShiftOf(rota, away.Id)}/cover/offer", new { })).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var mine = (await manager.GetFromJsonAsync<JsonElement>("/api/shifts-to-cover")).EnumerateArray().ToList();
        var fourWeeks = (await manager.GetFromJsonAsync<JsonElement>("/api/shifts-to-cover?days=28")).EnumerateArray().ToList();
        using var none = await manager.GetAsync("/api/shifts-to-cover?days=0");
        using var tooMany = await manager.GetAsync("/api/shifts-to-cover?days=57");
        var home = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));

        var ours = mine.Where(s => s.GetProperty("rotaId").GetGuid() == RotaApi.RotaId(rota)).ToList();
        Assert.Equal(
            [(away.Id, "2026-12-01", "Away", "Leave"), (gone.Id, "2026-12-02", "Inactive", null), (expired.Id, "2026-12-03", "Untrained", null)],
            ours.Select(s => (s.GetProperty("staffId").GetGuid(), s.GetProperty("date").GetString(), s.GetProperty("risk").GetString(), s.GetProperty("away").GetString())));
        Assert.Equal(0, ours[0].GetProperty("volunteers").GetInt32());
        Assert.Equal(JsonValueKind.Null, ours[1].GetProperty("volunteers").ValueKind);
        Assert.DoesNotContain(mine, s => s.GetProperty("date").GetString() == "2026-12-15");
        Assert.Contains(fourWeeks, s => s.GetProperty("date").GetString() == "2026-12-15" && s.GetProperty("staffId").GetGuid() == away.Id);
        await Json.AssertProblemNamesAsync(none, HttpStatusCode.BadRequest, "days");
        await Json.AssertProblemNamesAsync(tooMany, HttpStatusCode.BadRequest, "days");
        Assert.Contains("<h2 id=\"at-risk-title\">Services à couvrir (14 prochains jours)</h2>", home, StringComparison.Ordinal);
        Assert.Matches($"<td>mardi 01/12/2026</td>\\s*<td>09:00–15:00</td>\\s*<th scope=\"row\"><a href=\"/gestion/equipe/{away.Id}\">{away.Name}</a></th>\\s*<td>absent·e \\(congé\\)</td>\\s*<td><a class=\"no-print\" href=\"/gestion/remplacement/{RotaApi.ShiftOf(rota, away.Id)}\">Trouver un remplaçant</a>\\s*<span class=\"muted small\"> · proposé : 0 volontaire\\(s\\)</span>", home);
        Assert.Contains($"{gone.Name}</a></th>\n                    <td>ne fait plus partie de l'équipe</td>", home, StringComparison.Ordinal);
        Assert.Contains($"{expired.Name}</a></th>\n                    <td>formation expirée</td>", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"{fine.Name}</a></th>\n                    <td>", home, StringComparison.Ordinal);
    }
}
