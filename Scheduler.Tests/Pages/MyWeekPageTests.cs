using System.Net;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The week view of "Mes horaires" marks today (and names tomorrow), whether or not either is worked.</summary>
public sealed class MyWeekPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ThisWeek_TodayIsMarkedAndTagged_TomorrowTagged_OtherDaysPlain()
    {
        using var page = await factory.CookieClientAsync(Roles.Listener);

        // Today is Wednesday 25 November 2026.
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));
        var week = html[html.IndexOf("<ol class=\"week\">", StringComparison.Ordinal)..];
        var days = Regex.Matches(week, "<li class=\"([^\"]*)\"([^>]*)>(.*?)<span class=\"day\">(.*?)</span>", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[4].Value, m => (Class: m.Groups[1].Value, Attributes: m.Groups[2].Value, Tag: m.Groups[3].Value.Trim()));

        Assert.Equal(7, days.Count);
        var today = days["mercredi 25/11/2026"];
        Assert.Contains("today", today.Class, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"date\"", today.Attributes, StringComparison.Ordinal);
        Assert.Equal("<strong class=\"tag\">Aujourd'hui</strong>", today.Tag);
        Assert.Equal("<strong class=\"tag\">Demain</strong>", days["jeudi 26/11/2026"].Tag);
        Assert.All(days.Where(d => d.Key is not ("mercredi 25/11/2026" or "jeudi 26/11/2026")), d =>
        {
            Assert.Empty(d.Value.Tag);
            Assert.DoesNotContain("today", d.Value.Class, StringComparison.Ordinal);
            Assert.DoesNotContain("aria-current", d.Value.Attributes, StringComparison.Ordinal);
        });
    }
}
