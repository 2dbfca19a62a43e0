using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Startup;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// Managers take turns on duty, so the rota plans them too: they see their own shifts on <c>/mes-horaires</c> and
/// through <c>/api/me</c> (the published-rota e-mail links there), but ask nobody for time off or a swap.
/// </summary>
public sealed class ManagerOwnSchedulePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PublishedManagerShift_ShowsOnTheirSchedulePageAndInTheApi_WithoutTheRequestForms()
    {
        var manager = await ManagerStaffIdAsync();
        var rota = await RotaApi.ImportAsync(factory, "2026-11-23", RotaApi.Shift(manager, "2026-11-26", "09:00", "16:00", "12:00", "12:45"));
        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        using var api = await factory.ClientAsync(Roles.Manager);
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var shifts = await api.GetFromJsonAsync<JsonElement>("/api/me/shifts?from=2026-11-23&to=2026-11-29");
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));
        var home = await page.GetStringAsync("/gestion");

        var shift = Assert.Single(shifts.EnumerateArray());
        Assert.Equal(("2026-11-26", "09:00", "16:00"), (shift.GetProperty("date").GetString(), shift.GetProperty("start").GetString(), shift.GetProperty("end").GetString()));
        Assert.Contains("jeudi 26/11/2026", html, StringComparison.Ordinal);
        Assert.Contains("09:00–16:00", html, StringComparison.Ordinal);
        Assert.Contains("id=\"agenda\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Demander un congé", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Demander un échange", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/mes-horaires\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerPostingATimeOffRequest_IsDeniedAndNothingIsStored()
    {
        var manager = await ManagerStaffIdAsync();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        using var denied = await PageForms.PostAsync(page, "/mes-horaires", new() { ["Form.From"] = "14/12/2026", ["Form.To"] = "18/12/2026" }, "/mes-horaires?handler=TimeOff");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.False(await factory.InDatabaseAsync(db => db.TimeOffRequests.AnyAsync(r => r.StaffId == manager)));
    }

    private Task<Guid> ManagerStaffIdAsync() =>
        factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == PlatformSeeder.ManagerEmail).Select(u => u.StaffId!.Value).SingleAsync());
}
