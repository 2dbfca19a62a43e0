using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>"Absences à venir": the team's coming absences and pending time off, and each week's fewest people free.</summary>
public sealed class ComingAbsencesPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ComingWeeks_ListAbsencesAndPendingRequests_AndEachWeeksLeanestDay()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!, Role: s.GetProperty("role").GetString(), Trained: s.GetProperty("isTrained").GetBoolean())).ToList();
        var sick = staff.First(s => s.Role == "Listener" && s.Trained && s.Id != me);
        var boss = staff.First(s => s.Role == "Manager");
        var past = staff.Last(s => s.Role == "Listener" && s.Id != me && s.Id != sick.Id);
        await AbsenceAsync(manager, sick.Id, "2026-12-08", "2026-12-10", "Sickness");
        await AbsenceAsync(manager, boss.Id, "2026-12-09", "2026-12-09", "Leave");
        await AbsenceAsync(manager, past.Id, "2026-11-16", "2026-11-20", "Leave");
        await AbsenceAsync(manager, past.Id, "2027-03-01", "2027-03-05", "Training");
        using var listener = await factory.ClientAsync(Roles.Listener);
        (await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2026-12-14", to = "2026-12-15" })).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/absences"));
        var longer = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/absences?semaines=26"));

        var rows = Rows(html, "absences");
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains(sick.Name, StringComparison.Ordinal) && r.Contains("<td>maladie</td><td>08/12/2026</td><td>10/12/2026</td><td>enregistrée</td>", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(boss.Name, StringComparison.Ordinal) && r.Contains("<td>Responsable</td><td>congé</td><td>09/12/2026</td>", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("<td>14/12/2026</td><td>15/12/2026</td><td><a href=\"/gestion/demandes\">demande en attente</a></td>", StringComparison.Ordinal));
        Assert.Contains(Rows(longer, "absences"), r => r.Contains("<td>formation</td><td>01/03/2027</td>", StringComparison.Ordinal));
        var weeks = Rows(html, "weeks");
        Assert.Equal(8, weeks.Count);
        var december7 = Assert.Single(weeks, w => w.Contains("<th scope=\"row\">07/12/2026</th>", StringComparison.Ordinal));
        Assert.Contains("<td>2</td>", december7, StringComparison.Ordinal);
        var (listenersFree, listeners) = FreeOn(december7, "mar. 08/12");
        var (managersFree, managers) = FreeOn(december7, "mer. 09/12");
        Assert.Equal((listeners - 1, managers - 1), (listenersFree, managersFree));
        var december14 = Assert.Single(weeks, w => w.Contains("<th scope=\"row\">14/12/2026</th>", StringComparison.Ordinal));
        Assert.EndsWith("<td>1</td>", december14.Trim(), StringComparison.Ordinal);
        Assert.Equal((listeners, listeners), FreeOn(december14, "lun. 14/12"));
    }

    [Fact]
    public async Task InEnglish_TheWeeksAndTheHoursPageSpeakEnglish()
    {
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var absences = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/absences?culture=en-GB"));
        var hours = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/heures?culture=en-GB&mois=2027-01"));

        Assert.Contains("<h1>Coming absences</h1>", absences, StringComparison.Ordinal);
        Assert.Matches("<td>[0-9]+ of [0-9]+ \\(Wed 25/11\\)</td>", absences);
        Assert.Contains("<h1>Hours of January 2027</h1>", hours, StringComparison.Ordinal);
        Assert.Contains("No published rota for: 01/01/2027 to 31/01/2027.", hours, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listeners_AreSentAway()
    {
        using var page = await factory.CookieClientAsync(Roles.Listener);

        using var response = await page.GetAsync("/gestion/absences");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/acces-refuse", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task AbsenceAsync(HttpClient manager, Guid staffId, string from, string to, string kind) =>
        (await manager.PostAsJsonAsync($"/api/staff/{staffId}/absences", new { from, to, kind })).EnsureSuccessStatusCode().Dispose();

    private static List<string> Rows(string html, string table)
    {
        var body = Regex.Match(html, $"<table id=\"{table}\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline);
        Assert.True(body.Success, $"no table {table}");
        return [.. Regex.Matches(body.Groups[1].Value, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => Regex.Replace(m.Groups[1].Value, ">\\s+<", "><"))];
    }

    private static (int Free, int Total) FreeOn(string row, string day)
    {
        var cell = Regex.Match(row, $"<td>([0-9]+) sur ([0-9]+) \\({day}\\)</td>");
        Assert.True(cell.Success, $"no cell for {day} in {row}");
        return (int.Parse(cell.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(cell.Groups[2].Value, CultureInfo.InvariantCulture));
    }
}
