using System.Net;
using System.Net.Http.Json;
using Scheduler.Api.Auth;
using Scheduler.Api.Startup;

namespace Scheduler.Tests.Api;

public sealed class AuthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Login_GoodPassword_AnswersBearerTokens()
    {
        using var client = factory.CreateClient();
        var (email, password) = factory.DemoAccounts[Roles.Manager];

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refreshToken").GetString()));
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);
    }

    [Fact]
    public async Task Login_WrongPassword_Answers401Problem()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = PlatformSeeder.QualityLeadEmail, password = "not-the-password-1A!" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_MissingPassword_Answers400NamingPassword()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = PlatformSeeder.ManagerEmail });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "password");
    }

    [Fact]
    public async Task Login_RepeatedFailures_LocksTheAccountEvenForTheRightPassword()
    {
        using var client = factory.CreateClient();
        var (email, password) = factory.DemoAccounts[Roles.Listener];
        for (var i = 0; i < AuthSetup.MaxFailedAccessAttempts; i++)
        {
            using var bad = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        }

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("LockedOut", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_AnswersNewAccessToken()
    {
        using var client = factory.CreateClient();
        var (email, password) = factory.DemoAccounts[Roles.QualityLead];
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var refreshToken = (await Json.ReadAsync(login)).GetProperty("refreshToken").GetString();

        using var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await Json.ReadAsync(response)).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Login_WithCookies_SignsTheBrowserIn()
    {
        using var client = factory.CreateClient();
        var (email, password) = factory.DemoAccounts[Roles.Manager];

        using var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password });
        using var staff = await client.GetAsync("/api/staff");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.True(login.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Fact]
    public async Task Api_GarbageBearerToken_Answers401()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer %%%not-a-token%%%");

        using var response = await client.GetAsync("/api/staff");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
