using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>On "Mes horaires", each day of the week I work says who is on duty at the same time: the manager first, then the listeners.</summary>
public sealed class TeammatesPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task MyWorkingDay_ListsTheManagerAndTheListenersWhoseShiftsOverlapMine_AndNobodyElse()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!, Role: s.GetProperty("role").GetString())).ToList();
        var boss = staff.First(s => s.Role == "Manager");
        var listeners = staff.Where(s => s.Role == "Listener" && s.Id != me).ToList();
        var (overlapping, later, otherDay) = (listeners[0], listeners[1], listeners[2]);
        var rota = await RotaApi.ImportAsync(
            factory,
            "2027-02-01",
            RotaApi.Shift(me, "2027-02-02", "09:00", "15:00"),
            RotaApi.Shift(boss.Id, "2027-02-02", "09:00", "17:00", "12:00", "12:45"),
            RotaApi.Shift(overlapping.Id, "2027-02-02", "14:00", "20:00"),
            RotaApi.Shift(later.Id, "2027-02-02", "15:00", "20:00"),
            RotaApi.Shift(otherDay.Id, "2027-02-03", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Listener);

        // Today is Wednesday 25 November 2026: the week of 1 February 2027 is 10 weeks on.
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires?semaine=10"));

        var days = Regex.Matches(html, "<li class=\"[^\"]*\">\\s*<span class=\"day\">(.*?)</span>(.*?)</li>\\s*(?=<li class|</ol>)", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var tuesday = days["mardi 02/02/2027"];
        Assert.Contains("En même temps que vous (2)", tuesday, StringComparison.Ordinal);
        var managerLine = tuesday.IndexOf($"<li>{boss.Name} · 09:00–17:00 · responsable</li>", StringComparison.Ordinal);
        var listenerLine = tuesday.IndexOf($"<li>{overlapping.Name} · 14:00–20:00</li>", StringComparison.Ordinal);
        Assert.True(managerLine >= 0 && listenerLine > managerLine, tuesday);
        Assert.DoesNotContain(later.Name, tuesday, StringComparison.Ordinal);
        Assert.DoesNotContain("En même temps que vous", days["mercredi 03/02/2027"], StringComparison.Ordinal);
    }
}
