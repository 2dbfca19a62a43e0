using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// The rota grid marks the days a person is away with the kind of absence, so that a manager editing a draft sees them;
/// on a published rota, a shift on such a day links to its cover.
/// </summary>
public sealed class RotaGridAbsencesPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PersonAwayTwoDays_TheirCellsSaySoWithTheKind_OtherDaysDoNot()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var person = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!, Role: s.GetProperty("role").GetString()))
            .First(s => s.Role == "Listener");
        (await manager.PostAsJsonAsync($"/api/staff/{person.Id}/absences", new { from = "2027-05-11", to = "2027-05-12", kind = "Sickness" })).EnsureSuccessStatusCode().Dispose();
        var draft = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2027-05-10", RotaApi.Shift(person.Id, "2027-05-13", "09:00", "15:00")));
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/plannings/{draft}"));

        var row = Regex.Match(html, $"<tr>\\s*<th scope=\"row\">{Regex.Escape(person.Name)} <span.*?</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "no row for the person");
        var cells = Regex.Matches(row.Groups[1].Value, "<td class=\"([^\"]*)\">(.*?)</td>", RegexOptions.Singleline).Select(m => (Class: m.Groups[1].Value, Body: m.Groups[2].Value)).ToList();
        Assert.Equal(7, cells.Count);
        Assert.All(cells.Skip(1).Take(2), c =>
        {
            Assert.Contains("away", c.Class, StringComparison.Ordinal);
            Assert.Contains("<span class=\"tag away\">maladie</span>", c.Body, StringComparison.Ordinal);
        });
        Assert.All(cells.Take(1).Concat(cells.Skip(3)), c => Assert.DoesNotContain("away", c.Class + c.Body, StringComparison.Ordinal));
        Assert.Contains("09:00–15:00", cells[3].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/gestion/remplacement/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedShiftOnADayAway_LinksToItsCover_OthersDoNot()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var listeners = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener").Select(s => s.GetProperty("id").GetGuid()).ToList();
        var (sick, well) = (listeners[^1], listeners[^2]);
        var rota = await RotaApi.ImportAsync(factory, "2027-05-17", RotaApi.Shift(sick, "2027-05-18", "09:00", "15:00"), RotaApi.Shift(well, "2027-05-18", "13:00", "20:00", "16:00", "16:45"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        (await manager.PostAsJsonAsync($"/api/staff/{sick}/absences", new { from = "2027-05-18", to = "2027-05-18", kind = "Sickness" })).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/plannings/{RotaApi.RotaId(rota)}"));

        Assert.Contains($"href=\"/gestion/remplacement/{RotaApi.ShiftOf(rota, sick)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/gestion/remplacement/{RotaApi.ShiftOf(rota, well)}\"", html, StringComparison.Ordinal);
    }
}
