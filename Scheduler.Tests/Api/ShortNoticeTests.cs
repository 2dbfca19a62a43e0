using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>
/// Part-timers are owed 7 working days' notice before their hours change: publishing a rota that changes their
/// published shifts sooner says which; the cover of a shift that soon marks the part-time candidates. The service's
/// clock reads Wednesday 25/11/2026, so up to Friday 04/12 is short notice.
/// </summary>
public sealed class ShortNoticeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Publishing_SaysThePartTimersChangesInsideTheNotice_NotTheFullTimersNorLaterOnes()
    {
        var (partTimer, fullTimer) = await PeopleAsync();
        var first = await RotaApi.ImportAsync(
            factory,
            "2026-11-30",
            RotaApi.Shift(partTimer, "2026-12-01", "09:00", "15:00"),
            RotaApi.Shift(partTimer, "2026-12-05", "09:00", "15:00"),
            RotaApi.Shift(fullTimer, "2026-12-01", "09:00", "15:00"));
        using var firstPublished = await RotaApi.PublishAsync(factory, RotaApi.RotaId(first));
        var second = await RotaApi.ImportAsync(
            factory,
            "2026-11-30",
            RotaApi.Shift(partTimer, "2026-12-01", "13:00", "19:00"),
            RotaApi.Shift(partTimer, "2026-12-05", "13:00", "19:00"),
            RotaApi.Shift(fullTimer, "2026-12-01", "13:00", "19:00"));
        using var page = await factory.CookieClientAsync(Roles.Manager);
        var draftPage = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/plannings/{RotaApi.RotaId(second)}"));

        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(second));

        // The first publication changed the seeded rota of that week: its part-timer's Tuesday is new, and said so.
        Assert.Contains((await Json.ReadAsync(firstPublished)).GetProperty("shortNotice").EnumerateArray(),
            c => c.GetProperty("staffId").GetGuid() == partTimer && c.GetProperty("change").GetString() == "added");
        var change = Assert.Single((await Json.ReadAsync(published)).GetProperty("shortNotice").EnumerateArray());
        Assert.Equal(partTimer, change.GetProperty("staffId").GetGuid());
        Assert.Equal("2026-12-01", change.GetProperty("date").GetString());
        Assert.Equal("moved", change.GetProperty("change").GetString());
        Assert.Contains("Délai de prévenance : ce planning change 1 service(s) de personnes à temps partiel dans moins de 7 jours ouvrés", draftPage, StringComparison.Ordinal);
        Assert.Contains("mardi 01/12/2026 : déplacé : 09:00–15:00 → 13:00–19:00", draftPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoverThisWeek_MarksThePartTimeCandidates_ACoverLaterMarksNone()
    {
        var (partTimer, _) = await PeopleAsync();
        var soon = await RotaApi.ImportAsync(factory, "2026-11-23", RotaApi.Shift(partTimer, "2026-11-27", "09:00", "15:00"));
        var later = await RotaApi.ImportAsync(factory, "2027-01-11", RotaApi.Shift(partTimer, "2027-01-15", "09:00", "15:00"));
        foreach (var rota in new[] { soon, later })
        {
            (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        }

        using var manager = await factory.ClientAsync(Roles.Manager);
        var weekly = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray().ToDictionary(s => s.GetProperty("id").GetGuid(), s => s.GetProperty("weeklyHours").GetDecimal());
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var soonCandidates = (await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{RotaApi.RotaId(soon)}/assignments/{RotaApi.ShiftOf(soon, partTimer)}/cover")).EnumerateArray().ToList();
        var laterCandidates = (await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{RotaApi.RotaId(later)}/assignments/{RotaApi.ShiftOf(later, partTimer)}/cover")).EnumerateArray().ToList();
        var soonPage = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/remplacement/{RotaApi.ShiftOf(soon, partTimer)}"));
        var laterPage = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/remplacement/{RotaApi.ShiftOf(later, partTimer)}"));

        Assert.Contains(soonCandidates, c => weekly[c.GetProperty("staffId").GetGuid()] < 35);
        Assert.Contains(soonCandidates, c => weekly[c.GetProperty("staffId").GetGuid()] == 35);
        Assert.All(soonCandidates, c => Assert.Equal(weekly[c.GetProperty("staffId").GetGuid()] < 35, c.GetProperty("shortNotice").GetBoolean()));
        Assert.All(laterCandidates, c => Assert.False(c.GetProperty("shortNotice").GetBoolean()));
        Assert.Contains("Ce service a lieu dans moins de 7 jours ouvrés", soonPage, StringComparison.Ordinal);
        Assert.Contains("temps partiel : son accord d'abord", soonPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"short-notice\"", laterPage, StringComparison.Ordinal);
        Assert.DoesNotContain("son accord d'abord", laterPage, StringComparison.Ordinal);
    }

    /// <summary>A part-time listener and a full-time one (not the signed-in listener, whose shifts other tests read).</summary>
    private async Task<(Guid PartTimer, Guid FullTimer)> PeopleAsync()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var listeners = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener").ToList();
        return (listeners.First(s => s.GetProperty("weeklyHours").GetDecimal() < 35).GetProperty("id").GetGuid(),
            listeners.First(s => s.GetProperty("weeklyHours").GetDecimal() == 35).GetProperty("id").GetGuid());
    }
}
