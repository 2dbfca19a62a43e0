using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>A sick call on today's published rota: recorded from the home's card, then the cover page, and the shift given to a colleague.</summary>
public sealed class CoverPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SickCallToday_RecordedAndCoveredFromTheHome_GivenWithAReasonAndSaidOnTheHome()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!, Role: s.GetProperty("role").GetString())).ToList();
        var sick = staff.First(s => s.Role == "Listener" && s.Id != me);
        var myName = staff.Single(s => s.Id == me).Name;
        // Today is Wednesday 25 November 2026. I work five mornings that week: taking Wednesday leaves me one day off.
        var rota = await RotaApi.ImportAsync(factory, "2026-11-23",
        [
            RotaApi.Shift(sick.Id, "2026-11-25", "13:00", "20:00", "16:00", "16:45"),
            .. new[] { "2026-11-23", "2026-11-24", "2026-11-26", "2026-11-27", "2026-11-28" }.Select(d => RotaApi.Shift(me, d, "09:00", "13:00")),
        ]);
        var shift = RotaApi.ShiftOf(rota, sick.Id);
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);
        var coverUrl = $"/gestion/remplacement/{shift}";

        var before = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        using var sickCall = await PageForms.PostAsync(page, "/gestion", new() { ["staffId"] = sick.Id.ToString() }, "/gestion?handler=SickToday");
        var home = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        var cover = WebUtility.HtmlDecode(await page.GetStringAsync(coverUrl));
        var inEnglish = WebUtility.HtmlDecode(await page.GetStringAsync(coverUrl + "?culture=en-GB"));
        var homeInEnglish = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion?culture=en-GB"));
        using var withoutReason = await PageForms.PostAsync(page, coverUrl, new() { ["staffId"] = me.ToString() });
        var refused = WebUtility.HtmlDecode(await withoutReason.Content.ReadAsStringAsync());
        using var given = await PageForms.PostAsync(page, coverUrl, new() { ["staffId"] = me.ToString(), ["overrideReason"] = "remplacement accepté" });
        var after = WebUtility.HtmlDecode(await page.GetStringAsync(given.Headers.Location!.OriginalString));
        using var listener = await factory.ClientAsync(Roles.Listener);
        var myChanges = (await listener.GetFromJsonAsync<JsonElement>("/api/me/changes")).EnumerateArray().ToList();

        Assert.Contains($"aria-label=\"Déclarer {sick.Name} absent·e aujourd'hui (maladie)\">Absent·e aujourd'hui</button>", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sickCall.StatusCode);
        var absence = await factory.InDatabaseAsync(db => db.Absences.Where(a => a.StaffId == sick.Id).Select(a => new { a.From, a.To, a.Kind }).SingleAsync());
        Assert.Equal((new NodaTime.LocalDate(2026, 11, 25), new NodaTime.LocalDate(2026, 11, 25), Scheduler.Solver.Domain.AbsenceKind.Sickness), (absence.From, absence.To, absence.Kind));
        Assert.Contains($"<a class=\"no-print\" href=\"{coverUrl}\">Trouver un remplaçant</a>", home, StringComparison.Ordinal);
        Assert.Contains($"<p id=\"cover-shift\"><strong>{sick.Name}</strong> · mercredi 25/11/2026 · 13:00–20:00 (pause 16:00–16:45) · maladie</p>", cover, StringComparison.Ordinal);
        Assert.Contains($"<strong class=\"candidate-name\">{myName}</strong> · heures prévues cette semaine : 20 h 00", cover, StringComparison.Ordinal);
        Assert.Contains("<h1>Cover a shift</h1>", inEnglish, StringComparison.Ordinal);
        Assert.Contains($"<strong class=\"candidate-name\">{myName}</strong> · hours planned this week: 20 h 00", inEnglish, StringComparison.Ordinal);
        Assert.Contains("Today, Wednesday 25/11/2026 at 10:00", homeInEnglish, StringComparison.Ordinal);
        Assert.Contains("away (sickness): to cover", homeInEnglish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains($"id=\"err-{me}\" role=\"alert\">Ce changement enfreint des règles", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Equal($"/gestion?confie={shift}#aujourdhui", given.Headers.Location!.OriginalString);
        Assert.Contains($"Service du mercredi 25/11/2026, 13:00–20:00, confié à {myName}", after, StringComparison.Ordinal);
        Assert.Equal(me, await factory.InDatabaseAsync(db => db.Assignments.Where(a => a.Id == shift).Select(a => a.StaffId).SingleAsync()));
        // The rota changed in place: the new holder's recent changes say the shift was added.
        var added = Assert.Single(myChanges);
        Assert.Equal(("2026-11-25", "added", "13:00", "20:00"), (added.GetProperty("date").GetString(), added.GetProperty("change").GetString(), added.GetProperty("toStart").GetString(), added.GetProperty("toEnd").GetString()));
    }

    [Fact]
    public async Task UnknownShift_IsNotFound()
    {
        using var page = await factory.CookieClientAsync(Roles.Manager);

        using var response = await page.GetAsync($"/gestion/remplacement/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
