using System.Net;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The managers' home lists the rotas of the last four weeks and after; older ones on asking.</summary>
public sealed class ManagerHomeRotaListTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RotaEndedLongAgo_ListedOnlyOnAsking()
    {
        // Today is 25 November 2026: the week of 5 October ended 45 days ago, that of 2 November 17 days ago.
        var old = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2026-10-05"));
        var recent = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2026-11-02"));
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var home = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        var all = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion?tous=true"));

        Assert.Contains($"href=\"/gestion/plannings/{recent}\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/gestion/plannings/{old}\"", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"?tous=true\" id=\"older-rotas\">Afficher aussi les 1 planning(s) terminé(s) depuis plus de 28 jours</a>", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gestion/plannings/{old}\"", all, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gestion/plannings/{recent}\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("older-rotas", all, StringComparison.Ordinal);
    }
}
