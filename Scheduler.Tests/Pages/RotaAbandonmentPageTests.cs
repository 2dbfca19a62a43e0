using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Web;
using Scheduler.Solver.Staffing;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// Once the phone calls of the last four weeks tell callers' patience, the rota page predicts each day's abandonment with
/// Erlang A beside Erlang C's service level, and says what the figure rests on.
/// </summary>
public sealed partial class RotaAbandonmentPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RotaPage_PatienceKnown_PredictsEachDaysAbandonment()
    {
        using var api = await factory.ClientAsync(Roles.Manager);
        var staffId = await RotaApi.MyStaffIdAsync(factory);
        var rotaId = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2027-04-05", RotaApi.Shift(staffId, "2027-04-05", "09:00", "13:00")));
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var before = await client.GetStringAsync($"/gestion/plannings/{rotaId}");

        // Monday expects 5 calls a half-hour; 20 callers of 24/11/2026 hung up after 75 s: a patience of 70 s.
        var slots = Enumerable.Range(0, 22).Select(i => new { day = "Monday", start = new LocalTime(9, 0).PlusMinutes(30 * i).ToString("HH:mm", null), channel = "phone", expectedContacts = 5.0, requiredListeners = 2 });
        using (var put = await api.PutAsJsonAsync("/api/demand", new { slots }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await CallImports.GaveUpAsync(factory, 20, 75);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/plannings/{rotaId}"));

        Assert.DoesNotContain("Abandons prévus", before, StringComparison.Ordinal);
        var section = html[html.IndexOf("id=\"service-forecast\"", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"col\">Abandons prévus</th>", section, StringComparison.Ordinal);
        Assert.Contains("Abandons prévus par Erlang A avec la patience des appelants estimée sur les 28 derniers jours d'appels (1 min 10 s en moyenne) ; objectif : 10 % au plus.", section, StringComparison.Ordinal);
        // One listener 09:00–13:00 (8 half-hours), nobody after (14): each half-hour's Erlang A, weighed by its 5 calls.
        var withOne = ErlangA.Evaluate(new CallLoad(5, 1800, 900), 1, 70, 60).AbandonmentProbability;
        var withNone = ErlangA.Evaluate(new CallLoad(5, 1800, 900), 0, 70, 60).AbandonmentProbability;
        var monday = Cells(section, "lundi 05/04/2027");
        Assert.Equal(["lundi 05/04/2027", "110", "0 %", Show.Percent(((8 * withOne) + (14 * withNone)) / 22), "09:00–20:00"], monday);
        Assert.Equal(["mardi 06/04/2027", "0", "–", "–", "–"], Cells(section, "mardi 06/04/2027"));
    }

    private static List<string> Cells(string section, string day)
    {
        var row = RowPattern().Matches(section).Select(m => m.Groups[1].Value).First(r => r.Contains(day, StringComparison.Ordinal));
        return [.. CellPattern().Matches(row).Select(c => c.Groups[1].Value)];
    }

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
