using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// A shift offered to volunteers through the pages: the manager offers it on the cover page, the listener sees it from
/// "Mes horaires" and says they can, the manager sees them first among the candidates and on the home page.
/// </summary>
public sealed class CoverOfferPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ManagerOffers_ListenerVolunteers_ManagerSeesTheVolunteerFirst()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var sick = await RotaApi.SomeoneElseAsync(factory, me);
        using var api = await factory.ClientAsync(Roles.Manager);
        var names = (await api.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray().ToDictionary(s => s.GetProperty("id").GetGuid(), s => s.GetProperty("name").GetString()!);
        var rota = await RotaApi.ImportAsync(factory, "2027-10-04", RotaApi.Shift(sick, "2027-10-06", "09:00", "15:00"));
        var shift = RotaApi.ShiftOf(rota, sick);
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var manager = await factory.CookieClientAsync(Roles.Manager);
        using var listener = await factory.CookieClientAsync(Roles.Listener);
        var coverUrl = $"/gestion/remplacement/{shift}";

        var before = WebUtility.HtmlDecode(await manager.GetStringAsync(coverUrl));
        using var tooLong = await PageForms.PostAsync(manager, coverUrl, new() { ["Note"] = new string('x', 501) }, coverUrl + "?handler=Offer");
        var tooLongPage = WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync());
        using var offered = await PageForms.PostAsync(manager, coverUrl, new() { ["Note"] = "Qui peut venir mercredi ?" }, coverUrl + "?handler=Offer");
        var afterOffer = WebUtility.HtmlDecode(await manager.GetStringAsync(offered.Headers.Location!.OriginalString));
        var mySchedule = WebUtility.HtmlDecode(await listener.GetStringAsync("/mes-horaires"));
        var offers = WebUtility.HtmlDecode(await listener.GetStringAsync("/mes-horaires/a-pourvoir"));
        var offerId = Regex.Match(offers, "name=\"offerId\" value=\"([^\"]+)\"").Groups[1].Value;
        using var volunteered = await PageForms.PostAsync(listener, "/mes-horaires/a-pourvoir", new() { ["offerId"] = offerId }, "/mes-horaires/a-pourvoir?handler=Volunteer");
        var afterVolunteer = WebUtility.HtmlDecode(await listener.GetStringAsync(volunteered.Headers.Location!.OriginalString));
        var cover = WebUtility.HtmlDecode(await manager.GetStringAsync(coverUrl));
        var home = WebUtility.HtmlDecode(await manager.GetStringAsync("/gestion"));

        Assert.Contains("<h2 id=\"offer-title\">Proposer aux volontaires</h2>", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Equal("500 caractères au plus.", PageForms.FieldError(tooLongPage, "err-note"));
        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        Assert.Contains("Service proposé aux volontaires", afterOffer, StringComparison.Ordinal);
        Assert.Contains("<p id=\"offer-state\">Proposé le 25/11/2026 10:00 : 0 volontaire(s) pour l'instant.</p>", afterOffer, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/mes-horaires/a-pourvoir\">1 service(s) à pourvoir que vous pourriez prendre</a>", mySchedule, StringComparison.Ordinal);
        Assert.Contains("<strong>mercredi 06/10/2027</strong> · 09:00–15:00", offers, StringComparison.Ordinal);
        Assert.Contains("Message : Qui peut venir mercredi ?", offers, StringComparison.Ordinal);
        Assert.Contains(">Je peux le prendre</button>", offers, StringComparison.Ordinal);
        Assert.DoesNotContain(names[sick], offers, StringComparison.Ordinal);
        Assert.Contains("Vous êtes volontaire", afterVolunteer, StringComparison.Ordinal);
        Assert.Contains(">Finalement, je ne peux pas</button>", afterVolunteer, StringComparison.Ordinal);
        Assert.Contains("Proposé le 25/11/2026 10:00 : 1 volontaire(s) pour l'instant.", cover, StringComparison.Ordinal);
        var firstCandidate = Regex.Match(cover, "<strong class=\"candidate-name\">([^<]+)</strong>(.*?)</p>", RegexOptions.Singleline);
        Assert.Equal(names[me], firstCandidate.Groups[1].Value);
        Assert.Contains("<span class=\"tag volunteer\">volontaire</span>", firstCandidate.Groups[2].Value, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{coverUrl}\">mercredi 06/10/2027, 09:00–15:00, service de {names[sick]} : 1 volontaire(s)</a>", home, StringComparison.Ordinal);
    }
}
