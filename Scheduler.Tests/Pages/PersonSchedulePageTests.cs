using System.Net;
using System.Net.Http.Json;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>A person's page lists their published shifts of the next 14 days, each with its cover link, and this month's paid hours.</summary>
public sealed class PersonSchedulePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PublishedShiftsOfTheNextTwoWeeks_AreListed_DraftAndLaterOnesAreNot()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/staff", new { name = "Nina Perret", role = "Listener", weeklyHours = 24, isTrained = true, channels = new[] { "phone" } });
        var nina = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
        var soon = await RotaApi.ImportAsync(factory, "2026-11-23", RotaApi.Shift(nina, "2026-11-26", "09:00", "15:00"));
        var later = await RotaApi.ImportAsync(factory, "2026-12-07", RotaApi.Shift(nina, "2026-12-10", "13:00", "19:00"));
        foreach (var rota in new[] { soon, later })
        {
            (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        }

        await RotaApi.ImportAsync(factory, "2026-11-30", RotaApi.Shift(nina, "2026-12-01", "09:00", "15:00"));
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/equipe/{nina}"));
        var english = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/equipe/{nina}?culture=en-GB"));

        Assert.Contains("<h2 id=\"next-shifts-title\">Prochains services (14 jours)</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<li>jeudi 26/11/2026 · 09:00–15:00 · <a class=\"no-print\" href=\"/gestion/remplacement/{RotaApi.ShiftOf(soon, nina)}\">Trouver un remplaçant</a></li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("01/12/2026 · 09:00", html, StringComparison.Ordinal);
        Assert.DoesNotContain("10/12/2026 · 13:00", html, StringComparison.Ordinal);
        // Expected on the same days: under contract from today, 25 November, and published until the 29th: 5 × 24 h / 7.
        Assert.Contains("Ce mois-ci (novembre 2026), sur les plannings publiés : 6 h 00 payées pour 17 h 09 attendues par le contrat sur ces jours (certains jours du mois n'ont pas encore de planning publié).", html, StringComparison.Ordinal);
        Assert.Contains("This month (November 2026), on the published rotas: 6 h 00 paid for", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoShiftComing_SaysSo()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/staff", new { name = "Paul Sans Service", role = "Listener", weeklyHours = 24, isTrained = true, channels = new[] { "phone" } });
        var paul = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/equipe/{paul}"));

        Assert.Contains("Aucun service sur les plannings publiés des 14 prochains jours.", html, StringComparison.Ordinal);
    }
}
