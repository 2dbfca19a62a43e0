using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// The managers' home says where the floor would fall below its safety minimum if the shifts to cover are not covered:
/// the validator's cover checks on the shifts of people who can work them.
/// </summary>
public sealed class FloorGapsPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ListenerSickOnAFullTuesday_TheMorningFallsToOneTrainedListener_AndTheHomeSaysSo()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("isTrained").GetBoolean() || s.GetProperty("role").GetString() == "Manager")
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Role: s.GetProperty("role").GetString())).ToList();
        var listeners = staff.Where(s => s.Role == "Listener").Select(s => s.Id).ToList();
        var managers = staff.Where(s => s.Role == "Manager").Select(s => s.Id).ToList();
        var rota = await RotaApi.ImportAsync(
            factory,
            "2026-11-30",
            RotaApi.Shift(listeners[0], "2026-12-01", "09:00", "15:00"),
            RotaApi.Shift(listeners[1], "2026-12-01", "09:00", "15:00"),
            RotaApi.Shift(listeners[2], "2026-12-01", "14:00", "20:00"),
            RotaApi.Shift(listeners[3], "2026-12-01", "14:00", "20:00"),
            RotaApi.Shift(managers[0], "2026-12-01", "09:00", "15:00"),
            RotaApi.Shift(managers[1], "2026-12-01", "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);
        var before = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        (await manager.PostAsJsonAsync($"/api/staff/{listeners[0]}/absences", new { from = "2026-12-01", to = "2026-12-01", kind = "Sickness" })).EnsureSuccessStatusCode().Dispose();

        var after = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        var api = (await manager.GetFromJsonAsync<JsonElement>("/api/floor-gaps")).EnumerateArray().ToList();
        using var tooFar = await manager.GetAsync("/api/floor-gaps?days=57");

        Assert.DoesNotContain("id=\"floor-gaps\"", before, StringComparison.Ordinal);
        Assert.Contains("Si ces services ne sont pas couverts, le plancher de sécurité n'est plus tenu", after, StringComparison.Ordinal);
        Assert.Contains("(1 fois)", after, StringComparison.Ordinal);
        Assert.Contains("<li>Le 01/12/2026 de 09:00 à 14:00, 1 écoutant(s) formé(s) en poste au lieu de 2 au moins.</li>", after, StringComparison.Ordinal);
        var gap = Assert.Single(api, g => g.GetProperty("date").GetString() == "2026-12-01");
        Assert.Equal("listener-cover", gap.GetProperty("rule").GetString());
        Assert.Equal("Le 01/12/2026 de 09:00 à 14:00, 1 écoutant(s) formé(s) en poste au lieu de 2 au moins.", gap.GetProperty("messageFr").GetString());
        await Json.AssertProblemNamesAsync(tooFar, HttpStatusCode.BadRequest, "days");
        // The other days of the week had nobody planned when it was published: not the sickness's doing, not said.
        Assert.DoesNotContain("Le 02/12/2026", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListenerWhoseTrainingExpired_LeavesTheAfternoonShort()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Role: s.GetProperty("role").GetString(), Trained: s.GetProperty("isTrained").GetBoolean())).ToList();
        var listeners = staff.Where(s => s.Role == "Listener" && s.Trained).Select(s => s.Id).Skip(4).ToList();
        var managers = staff.Where(s => s.Role == "Manager").Select(s => s.Id).ToList();
        var rota = await RotaApi.ImportAsync(
            factory,
            "2026-12-07",
            RotaApi.Shift(listeners[0], "2026-12-08", "09:00", "15:00"),
            RotaApi.Shift(listeners[1], "2026-12-08", "09:00", "15:00"),
            RotaApi.Shift(listeners[2], "2026-12-08", "14:00", "20:00"),
            RotaApi.Shift(listeners[3], "2026-12-08", "14:00", "20:00"),
            RotaApi.Shift(managers[0], "2026-12-08", "09:00", "15:00"),
            RotaApi.Shift(managers[1], "2026-12-08", "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == listeners[3]).ExecuteUpdateAsync(s => s.SetProperty(x => x.QualifiedUntil, new NodaTime.LocalDate(2026, 12, 7))));
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var home = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));

        Assert.Contains("<li>Le 08/12/2026 de 15:00 à 20:00, 1 écoutant(s) formé(s) en poste au lieu de 2 au moins.</li>", home, StringComparison.Ordinal);
    }
}
