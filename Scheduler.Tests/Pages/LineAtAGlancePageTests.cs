using System.Net;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// The managers' home gives yesterday's and today's calls from the stored half-hours, saying when a target was missed, and
/// (with the quality dashboard) how far the imported calls reach.
/// </summary>
public sealed class LineAtAGlancePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task YesterdayBelowTarget_IsSaid_TodayWithoutCalls_SaysSo()
    {
        // Tuesday 24/11/2026, two half-hours: 100 calls, 70 answered within 60 s, 90 answered, 10 abandoned; and a phone row not counted twice.
        await factory.InDatabaseAsync(async db =>
        {
            db.SlaIntervals.AddRange(
                Row(QualityCounts.AllChannels, new LocalTime(9, 0), offered: 60, withinTarget: 45, answered: 55, abandoned: 5),
                Row(QualityCounts.AllChannels, new LocalTime(9, 30), offered: 40, withinTarget: 25, answered: 35, abandoned: 5),
                Row("phone", new LocalTime(9, 0), offered: 60, withinTarget: 45, answered: 55, abandoned: 5));
            return await db.SaveChangesAsync();
        });
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        var english = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion?culture=en-GB"));

        Assert.Contains("<h2 id=\"line-title\">La ligne</h2>", html, StringComparison.Ordinal);
        Assert.Matches("<strong>Hier \\(mardi 24/11/2026\\)</strong> :\\s*100 appel\\(s\\), 70 % répondus dans le délai, 10 % abandonnés\\s*<span class=\"badge warn\">sous l'objectif de 80 %</span>", html);
        Assert.DoesNotContain("abandons au-dessus", html, StringComparison.Ordinal);
        Assert.Matches("<strong>Aujourd'hui jusqu'ici</strong> :\\s*aucun appel enregistré", html);
        Assert.Contains("100 call(s), 70 % answered in time, 10 % abandoned", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatestCall_SaidOnTheHomeAndTheDashboard_OnceCallsAreImported()
    {
        using var page = await factory.CookieClientAsync(Roles.Manager);
        var before = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));

        using var api = await factory.ClientAsync(Roles.Manager);
        using var imported = await api.PostAsync("/api/calls/import", new StringContent(
            $"{Scheduler.Api.Features.Calls.CallCsvParser.ExpectedHeader}\n"
            + "fresh-1,phone,2026-11-24T17:10:00Z,2026-11-24T17:10:20Z,2026-11-24T17:20:00Z,L01\n"
            + "fresh-2,phone,2026-11-24T18:58:00Z,,2026-11-24T18:59:00Z,\n",
            System.Text.Encoding.UTF8, "text/csv"));
        var home = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion"));
        var dashboard = WebUtility.HtmlDecode(await page.GetStringAsync("/qualite"));

        Assert.Contains("Aucun appel enregistré pour l'instant : les chiffres viendront avec le premier import.", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        const string Latest = "Dernier appel enregistré : 24/11/2026 19:58. Les chiffres ne comptent que les appels importés jusque-là.";
        Assert.Contains($"<p class=\"muted\" id=\"latest-call\">{Latest}</p>", home, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"muted\" id=\"latest-call\">{Latest}</p>", dashboard, StringComparison.Ordinal);
    }

    private static IntervalStatisticsEntity Row(string channel, LocalTime start, int offered, int withinTarget, int answered, int abandoned)
    {
        var date = new LocalDate(2026, 11, 24);
        return new IntervalStatisticsEntity
        {
            Channel = channel,
            Date = date,
            LocalStart = start,
            Start = date.At(start).InZoneLeniently(Scheduler.Solver.Domain.RotaProblem.TimeZone).ToInstant(),
            Offered = offered,
            AnsweredWithinTarget = withinTarget,
            Answered = answered,
            Abandoned = abandoned,
        };
    }
}
