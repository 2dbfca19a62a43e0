using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Startup;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Api;

/// <summary>
/// A sign-in with an address that has no account checks a password hash as one with a wrong password does, so the time
/// of the answer does not tell which addresses have an account; the answers are the same.
/// </summary>
public sealed class UnknownAccountSignInTests(UnknownAccountSignInTests.CountingFactory factory) : IClassFixture<UnknownAccountSignInTests.CountingFactory>
{
    /// <summary>The service with Identity's own hasher, counted.</summary>
    public sealed class CountingFactory : ApiFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<SchedulerUser>>(Hasher));
        }
    }

    public sealed class CountingHasher : IPasswordHasher<SchedulerUser>
    {
        private readonly PasswordHasher<SchedulerUser> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(SchedulerUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(SchedulerUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task SignIn_UnknownAddress_HashesAPasswordAsAWrongPasswordDoes()
    {
        using var client = factory.CreateClient();
        _ = factory.DemoAccounts;

        var beforeWrong = factory.Hasher.Verifications;
        using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = PlatformSeeder.ManagerEmail, password = "pas-le-bon-mot-de-passe" });
        var wrongCount = factory.Hasher.Verifications - beforeWrong;

        var beforeUnknown = factory.Hasher.Verifications;
        using var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "personne@3133.example", password = "pas-le-bon-mot-de-passe" });
        var unknownCount = factory.Hasher.Verifications - beforeUnknown;

        using var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        var beforePage = factory.Hasher.Verifications;
        using var page = await PageForms.PostAsync(browser, "/connexion", new() { ["Email"] = "personne@3133.example", ["Password"] = "pas-le-bon-mot-de-passe" });
        var pageCount = factory.Hasher.Verifications - beforePage;

        Assert.Equal((1, 1, 1), (wrongCount, unknownCount, pageCount));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrong.StatusCode, unknown.StatusCode));
        Assert.Equal(await TitleAsync(wrong), await TitleAsync(unknown));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("title").GetString();
    }
}
