using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

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

        using var back = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);
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
}
