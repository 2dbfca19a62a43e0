using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// The quality dashboard estimates callers' patience from the phone calls of the last 28 days, once there are 20
/// abandons: before, it says how many there are; other channels, older calls and short abandons do not count.
/// </summary>
public sealed class CallerPatiencePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Dashboard_TwentyAbandons_EstimatesThePatience_FewerSaysSo()
    {
        using var page = await factory.CookieClientAsync(Roles.QualityLead);

        // Tuesday 24/11/2026 (the service's today is the 25th): 19 callers hang up after 65 s, 10 are answered after 25 s,
        // one hangs up after 3 s (a short abandon); a chat abandon and a phone abandon of October are not counted.
        var rows = new StringBuilder();
        for (var i = 0; i < 19; i++)
        {
            rows.Append(Abandon($"gave-up-{i}", "phone", 9, i, 65));
        }

        for (var i = 0; i < 10; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"answered-{i},phone,2026-11-24T11:{i:00}:00Z,2026-11-24T11:{i:00}:25Z,2026-11-24T11:{i + 10:00}:00Z,L01\n");
        }

        rows.Append(Abandon("short", "phone", 12, 0, 3)).Append(Abandon("chat-1", "chat", 12, 5, 65)).Append("old-1,phone,2026-10-01T09:00:00Z,,2026-10-01T09:01:05Z,\n");
        await CallImports.ImportAsync(factory, rows.ToString());
        var tooFew = WebUtility.HtmlDecode(await page.GetStringAsync("/qualite"));
        using var quality = await factory.ClientAsync(Roles.QualityLead);
        var tooFewApi = await Json.ReadAsync(await quality.GetAsync("/api/sla/patience"));

        await CallImports.ImportAsync(factory, Abandon("gave-up-19", "phone", 13, 0, 65));
        var french = WebUtility.HtmlDecode(await page.GetStringAsync("/qualite"));
        var english = WebUtility.HtmlDecode(await page.GetStringAsync("/qualite?culture=en-GB"));
        var estimated = await Json.ReadAsync(await quality.GetAsync("/api/sla/patience"));
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var refused = await listener.GetAsync("/api/sla/patience");

        Assert.Contains("<p class=\"muted\" id=\"patience\">Patience des appelants : trop peu d'abandons sur les 28 derniers jours pour l'estimer (19 ; il en faut 20).</p>", tooFew, StringComparison.Ordinal);
        // Waited beyond the first 5 s: 20 × 60 s + 10 × 20 s = 1 400 s for 20 abandons, 70 s each.
        Assert.Contains("<p class=\"muted\" id=\"patience\">Patience des appelants, estimée sur les 28 derniers jours : 1 min 10 s d'attente en moyenne avant de raccrocher (20 abandon(s) sur 30 appel(s) téléphoniques, abandons de moins de 5 s exclus).</p>", french, StringComparison.Ordinal);
        Assert.Equal((29, 19, JsonValueKind.Null), (tooFewApi.GetProperty("calls").GetInt32(), tooFewApi.GetProperty("abandoned").GetInt32(), tooFewApi.GetProperty("meanPatienceSeconds").ValueKind));
        Assert.Equal((30, 20, 70.0, 20), (estimated.GetProperty("calls").GetInt32(), estimated.GetProperty("abandoned").GetInt32(), estimated.GetProperty("meanPatienceSeconds").GetDouble(), estimated.GetProperty("leastAbandons").GetInt32()));
        Assert.Equal("2026-10-28T09:00:00Z", estimated.GetProperty("from").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Callers' patience, estimated over the last 28 days: 1 min 10 s of waiting on average before hanging up (20 abandon(s) out of 30 phone call(s)", english, StringComparison.Ordinal);
    }

    private static string Abandon(string id, string channel, int hour, int minute, int afterSeconds) =>
        CallImports.Abandon(id, channel, Instant.FromUtc(2026, 11, 24, hour, minute), afterSeconds);
}
