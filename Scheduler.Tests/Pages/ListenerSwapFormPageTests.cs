using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// "Mes horaires": the swap form offers colleagues' shifts of the next 14 days grouped by day (on a phone, a list of
/// two hundred shifts is read a day at a time), and asks the swap.
/// </summary>
public sealed class ListenerSwapFormPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ColleaguesShifts_AreGroupedByDay_AndTheSwapIsAsked()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener" && s.GetProperty("id").GetGuid() != me)
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!)).ToList();
        var (ines, lea) = (staff[0], staff[1]);
        var rota = await RotaApi.ImportAsync(
            factory,
            "2026-11-30",
            RotaApi.Shift(me, "2026-12-01", "09:00", "15:00"),
            RotaApi.Shift(ines.Id, "2026-12-02", "13:00", "19:00"),
            RotaApi.Shift(lea.Id, "2026-12-02", "09:00", "15:00"),
            RotaApi.Shift(ines.Id, "2026-12-03", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Listener);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));
        using var asked = await PageForms.PostAsync(page, "/mes-horaires", new()
        {
            ["Form.MyShift"] = RotaApi.ShiftOf(rota, me).ToString(),
            ["Form.OtherShift"] = RotaApi.ShiftOf(rota, lea.Id).ToString(),
        }, "/mes-horaires?handler=Swap");

        var wednesday = Regex.Match(html, "<optgroup label=\"mercredi 02/12/2026\">(.*?)</optgroup>", RegexOptions.Singleline);
        Assert.True(wednesday.Success, "no group for Wednesday 02/12/2026");
        Assert.Contains($">{ines.Name} · 13:00–19:00</option>", wednesday.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains($">{lea.Name} · 09:00–15:00</option>", wednesday.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains($">{ines.Name} · 09:00–15:00</option>", Regex.Match(html, "<optgroup label=\"jeudi 03/12/2026\">(.*?)</optgroup>", RegexOptions.Singleline).Groups[1].Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        using var listener = await factory.ClientAsync(Roles.Listener);
        var swap = Assert.Single((await listener.GetFromJsonAsync<JsonElement>("/api/me/requests")).GetProperty("swaps").EnumerateArray());
        Assert.Equal(RotaApi.ShiftOf(rota, lea.Id), swap.GetProperty("otherAssignmentId").GetGuid());
    }
}
