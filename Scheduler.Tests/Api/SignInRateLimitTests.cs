using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Startup;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Api;

/// <summary>
/// Sign-in attempts from one address (the test server's, shared by its clients) beyond the limit are refused with 429
/// for the rest of the minute, on the API and the pages alike; reading a sign-in page is never counted.
/// </summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.LimitedFactory factory) : IClassFixture<SignInRateLimitTests.LimitedFactory>
{
    public sealed class LimitedFactory : ApiFactory
    {
        protected override int SignInAttemptsPerMinute => 3;
    }

    [Fact]
    public async Task SignIn_BeyondTheLimitFromOneAddress_RefusedForTheMinute()
    {
        using var client = factory.CreateClient();
        var wrong = new { email = PlatformSeeder.ManagerEmail, password = "not-the-password-1A!" };
        for (var i = 0; i < 3; i++)
        {
            using var failed = await client.PostAsJsonAsync("/api/auth/login", wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/auth/login", wrong);
        using var reset = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = PlatformSeeder.ManagerEmail });
        using var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var page = await PageForms.PostAsync(browser, "/connexion", new() { ["Email"] = PlatformSeeder.ManagerEmail, ["Password"] = "x" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("TooManyAttempts", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, reset.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Trop de tentatives", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
