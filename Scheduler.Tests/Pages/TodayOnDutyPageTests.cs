using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The managers' home says who works today on the published rota and where each stands now, a sick call included.</summary>
public sealed class TodayOnDutyPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TodaysShifts_OnDutyOnABreakLaterAwayThenDone_AsTheClockSays()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!, Role: s.GetProperty("role").GetString())).ToList();
        var boss = staff.First(s => s.Role == "Manager");
        var listeners = staff.Where(s => s.Role == "Listener").Take(4).ToList();
        var (early, onBreak, later, sick) = (listeners[0], listeners[1], listeners[2], listeners[3]);
        // Now is Wednesday 25 November 2026, 10:00 in Paris.
        var rota = await RotaApi.ImportAsync(
            factory,
            "2026-11-23",
            RotaApi.Shift(boss.Id, "2026-11-25", "09:00", "17:00", "12:00", "12:45"),
            RotaApi.Shift(early.Id, "2026-11-25", "09:00", "15:00"),
            RotaApi.Shift(onBreak.Id, "2026-11-25", "09:30", "17:00", "10:00", "10:45"),
            RotaApi.Shift(later.Id, "2026-11-25", "13:00", "20:00", "16:00", "16:45"),
            RotaApi.Shift(sick.Id, "2026-11-25", "09:00", "13:00"),
            RotaApi.Shift(early.Id, "2026-11-26", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        (await manager.PostAsJsonAsync($"/api/staff/{sick.Id}/absences", new { from = "2026-11-25", to = "2026-11-25", kind = "Sickness" })).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var morning = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        factory.Clock.Advance(Duration.FromHours(11));
        string evening;
        try
        {
            evening = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        }
        finally
        {
            factory.Clock.Advance(Duration.FromHours(-11));
        }

        Assert.Contains("<h2 id=\"today-title\">Aujourd'hui, mercredi 25/11/2026 à 10:00</h2>", morning, StringComparison.Ordinal);
        Assert.Contains("<p id=\"on-duty-now\">En service maintenant : 1 écoutant·e(s), 1 responsable(s).</p>", morning, StringComparison.Ordinal);
        var rows = States(morning);
        Assert.Equal(5, rows.Count);
        Assert.Equal((boss.Name, "en service"), rows[0]);
        Assert.Contains((early.Name, "en service"), rows);
        Assert.Contains((onBreak.Name, "en pause"), rows);
        Assert.Contains((later.Name, "à venir"), rows);
        Assert.Contains((sick.Name, "absent·e (maladie) : à remplacer"), rows);
        Assert.Equal(later.Name, rows[^1].Name);
        Assert.All(States(evening), r => Assert.Equal(r.Name == sick.Name ? "absent·e (maladie) : à remplacer" : "terminé", r.State));
    }

    private static List<(string Name, string State)> States(string html)
    {
        var table = Regex.Match(html, "<section class=\"card\" aria-labelledby=\"today-title\".*?</section>", RegexOptions.Singleline).Value;
        return [.. Regex.Matches(table, "<th scope=\"row\"><a [^>]*>([^<]*)</a></th>.*?<span class=\"badge [^\"]*\">([^<]*)</span>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }
}
