using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The managers' requests page shows, on a time-off request, the published shifts it would leave to re-plan.</summary>
public sealed class RequestsPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TimeOffOverAPublishedShift_SaysSoWithTheRotasLink_AndOneOverFreeDaysSaysNothing()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-01-04", RotaApi.Shift(me, "2027-01-05", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        (await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-01-05", to = "2027-01-06", comment = "over-a-shift" })).Dispose();
        (await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-06-07", to = "2027-06-08", comment = "free-days" })).Dispose();
        using var manager = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync("/gestion/demandes"));

        var cards = Regex.Matches(html, "<form method=\"post\" class=\"card request\">(.*?)</form>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var overShift = Assert.Single(cards, c => c.Contains("over-a-shift", StringComparison.Ordinal));
        var free = Assert.Single(cards, c => c.Contains("free-days", StringComparison.Ordinal));
        Assert.Contains("1 service(s) publié(s) pendant ces jours, à re-planifier si vous acceptez :", overShift, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/gestion/plannings/{RotaApi.RotaId(rota)}\">Planning du 04/01/2027 au 10/01/2027</a>", overShift, StringComparison.Ordinal);
        Assert.DoesNotContain("à re-planifier", free, StringComparison.Ordinal);
    }
}
