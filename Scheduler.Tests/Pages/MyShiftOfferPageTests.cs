using System.Net;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>A listener who cannot work a shift offers it to colleagues from "Mes horaires", then takes the offer back.</summary>
public sealed class MyShiftOfferPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task LookForCover_FromMyShiftsList_OfferedTaggedListedAndWithdrawn()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-11-30", RotaApi.Shift(me, "2026-12-02", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        var shift = RotaApi.ShiftOf(rota, me);
        using var page = await factory.CookieClientAsync(Roles.Listener);

        var before = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));
        var form = WebUtility.HtmlDecode(await page.GetStringAsync($"/mes-horaires/a-pourvoir?service={shift}"));
        using var offered = await PageForms.PostAsync(page, "/mes-horaires/a-pourvoir", new() { ["shiftId"] = shift.ToString(), ["note"] = "rendez-vous médical" }, "/mes-horaires/a-pourvoir?handler=OfferMine");
        var afterOffer = WebUtility.HtmlDecode(await page.GetStringAsync(offered.Headers.Location!.OriginalString));
        var schedule = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));
        using var withdrawn = await PageForms.PostAsync(page, "/mes-horaires/a-pourvoir", new() { ["shiftId"] = shift.ToString() }, "/mes-horaires/a-pourvoir?handler=WithdrawMine");
        var afterWithdraw = WebUtility.HtmlDecode(await page.GetStringAsync(withdrawn.Headers.Location!.OriginalString));

        Assert.Contains($"<a class=\"small-link no-print\" href=\"/mes-horaires/a-pourvoir?service={shift}\">Chercher un remplaçant</a>", before, StringComparison.Ordinal);
        Assert.Contains("<h2>Proposer mon service à mes collègues</h2>", form, StringComparison.Ordinal);
        Assert.Contains("<strong>mercredi 02/12/2026</strong> · 09:00–15:00", form, StringComparison.Ordinal);
        Assert.Contains("Votre service est proposé à vos collègues", afterOffer, StringComparison.Ordinal);
        Assert.Contains("<h2>Mes services proposés</h2>", afterOffer, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"offer-mine\"", afterOffer, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">proposé à vos collègues</span>", schedule, StringComparison.Ordinal);
        Assert.Contains("Proposition retirée : le service reste le vôtre.", afterWithdraw, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Mes services proposés</h2>", afterWithdraw, StringComparison.Ordinal);
    }
}
