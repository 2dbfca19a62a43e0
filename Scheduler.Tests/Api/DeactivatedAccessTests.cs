using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Startup;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Api;

/// <summary>A person deactivated by a manager loses access with the record: sign-in, token refresh and calendar feed.</summary>
public sealed class DeactivatedAccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Deactivate_LinkedListener_SignInRefreshAndCalendarFeedAreRefusedUntilReactivated()
    {
        var staffId = await RotaApi.MyStaffIdAsync(factory);
        var (email, password) = factory.DemoAccounts[Roles.Listener];
        using var anonymous = factory.CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password });
        var refreshToken = (await Json.ReadAsync(login)).GetProperty("refreshToken").GetString();
        string feed;
        using (var listener = await factory.ClientAsync(Roles.Listener))
        {
            feed = new Uri((await listener.GetFromJsonAsync<JsonElement>("/api/me/calendar")).GetProperty("url").GetString()!).PathAndQuery;
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feed)).StatusCode);

        using var manager = await factory.ClientAsync(Roles.Manager);
        using (var deactivated = await manager.PostAsync($"/api/staff/{staffId}/deactivate", null))
        {
            Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        }

        using var again = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("LockedOut", (await Json.ReadAsync(again)).GetProperty("title").GetString());
        using var refreshed = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);

        // A deactivation by mistake is undone: the same password signs in again; the calendar link is asked anew.
        using (var reactivated = await manager.PostAsync($"/api/staff/{staffId}/reactivate", null))
        {
            Assert.Equal(HttpStatusCode.OK, reactivated.StatusCode);
        }

        factory.ForgetSignIn(Roles.Listener);
        using var back = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);
    }

    [Fact]
    public async Task Deactivate_SignedInListener_TokenAndCookieIssuedBeforeAreRefusedAtOnce()
    {
        var staffId = await RotaApi.MyStaffIdAsync(factory);
        using var token = await factory.ClientAsync(Roles.Listener);
        using var cookie = await factory.CookieClientAsync(Roles.Listener);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/mes-horaires")).StatusCode);

        using var manager = await factory.ClientAsync(Roles.Manager);
        using (var deactivated = await manager.PostAsync($"/api/staff/{staffId}/deactivate", null))
        {
            Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        }

        try
        {
            // Before, the token lived its hour and the cookie up to Identity's 30-minute check.
            Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
            using var page = await cookie.GetAsync("/mes-horaires");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/connexion", page.Headers.Location!.AbsolutePath);
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/staff")).StatusCode);
        }
        finally
        {
            using var reactivated = await manager.PostAsync($"/api/staff/{staffId}/reactivate", null);
            factory.ForgetSignIn(Roles.Listener);
        }

        // Reactivation does not bring the old sign-ins back: the person signs in again.
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
        using var again = await factory.ClientAsync(Roles.Listener);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Deactivate_PersonWithoutAccount_OtherAccountsStillSignIn()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/staff", new { name = "Sans Compte", role = "Listener", weeklyHours = 24, isTrained = true, channels = new[] { "phone" } });
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();

        using var deactivated = await manager.PostAsync($"/api/staff/{id}/deactivate", null);

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var (email, password) = factory.DemoAccounts[Roles.QualityLead];
        using var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Deactivate_OwnRecord_IsRefusedAndTheManagerKeepsAccess()
    {
        var mine = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == PlatformSeeder.ManagerEmail).Select(u => u.StaffId!.Value).SingleAsync());
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var refused = await manager.PostAsync($"/api/staff/{mine}/deactivate", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Self", (await Json.ReadAsync(refused)).GetProperty("title").GetString());
        Assert.True(await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == mine).Select(s => s.IsActive).SingleAsync()));
        using var page = await factory.CookieClientAsync(Roles.Manager);
        using var fromPage = await PageForms.PostAsync(page, "/gestion/equipe", new() { ["staffId"] = mine.ToString() }, "/gestion/equipe?handler=Deactivate");
        Assert.Contains("est votre propre fiche", WebUtility.HtmlDecode(await page.GetStringAsync(fromPage.Headers.Location!.OriginalString)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivate_FromTheList_SaysHowManyPublishedShiftsAreLeftToReplan()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/staff", new { name = "Départ Soudain", role = "Listener", weeklyHours = 24, isTrained = true, channels = new[] { "phone" } });
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
        var rota = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2026-11-30", RotaApi.Shift(id, "2026-11-30", "09:00", "15:00", "12:00", "12:45"), RotaApi.Shift(id, "2026-12-01", "09:00", "13:00")));
        using (var published = await RotaApi.PublishAsync(factory, rota))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        using var page = await factory.CookieClientAsync(Roles.Manager);
        using var deactivated = await PageForms.PostAsync(page, "/gestion/equipe", new() { ["staffId"] = id.ToString() }, "/gestion/equipe?handler=Deactivate");

        Assert.Contains("Départ Soudain a encore 2 service(s) dans des plannings publiés à partir d'aujourd'hui", WebUtility.HtmlDecode(await page.GetStringAsync(deactivated.Headers.Location!.OriginalString)), StringComparison.Ordinal);
    }
}
