using System.Net;
using System.Net.Http.Json;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>A listener sees this month's paid hours on "Mes horaires" and through <c>/api/me/hours</c>: their own only.</summary>
public sealed class MyMonthHoursTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PublishedShiftsThisMonth_GiveMyPaidHoursWithSundaysApart_AndNobodyElses()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        // Today is Wednesday 25 November 2026: Thursday 26 (7 h less 45 min) and Sunday 29 (4 h).
        var rota = await RotaApi.ImportAsync(
            factory,
            "2026-11-23",
            RotaApi.Shift(me, "2026-11-26", "09:00", "16:00", "12:00", "12:45"),
            RotaApi.Shift(me, "2026-11-29", "09:00", "13:00"),
            RotaApi.Shift(other, "2026-11-27", "09:00", "13:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var page = await factory.CookieClientAsync(Roles.Listener);
        using var api = await factory.ClientAsync(Roles.Listener);

        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));
        var hours = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me/hours?month=2026-11");
        using var bad = await api.GetAsync("/api/me/hours?month=novembre");

        Assert.Contains("<p id=\"month-hours\">Ce mois-ci (novembre 2026), sur les plannings publiés : 10 h 15 payées, dont 4 h 00 le dimanche (les jours sans planning publié ne sont pas encore comptés).</p>", html, StringComparison.Ordinal);
        var mine = Assert.Single(hours.GetProperty("people").EnumerateArray());
        Assert.Equal((me, 10.25m, 4m), (mine.GetProperty("staffId").GetGuid(), mine.GetProperty("paidHours").GetDecimal(), mine.GetProperty("sundayHours").GetDecimal()));
        await Json.AssertProblemNamesAsync(bad, HttpStatusCode.BadRequest, "month");
    }
}
