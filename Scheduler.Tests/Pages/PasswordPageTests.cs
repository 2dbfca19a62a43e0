using System.Net;
using System.Net.Http.Json;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>Anyone signed in changes their own password on /compte/mot-de-passe; mistakes are shown next to their fields.</summary>
public sealed class PasswordPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Page = "/compte/mot-de-passe";

    [Theory]
    [InlineData("not-the-password", "Nouveau-3133-soir", "Nouveau-3133-soir", "err-current", "Saisissez votre mot de passe actuel.")]
    [InlineData(null, "Nouveau-3133-soir", "Autre-3133-soir", "err-confirm", "Les deux mots de passe diffèrent.")]
    [InlineData(null, "court", "court", "err-password", "12 caractères au moins, avec une majuscule, une minuscule, un chiffre et un symbole.")]
    public async Task Change_Refused_SaysWhyNextToTheField(string? current, string password, string confirm, string errorId, string message)
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var (_, demoPassword) = factory.DemoAccounts[Roles.Manager];

        using var refused = await PageForms.PostAsync(client, Page, new() { ["Current"] = current ?? demoPassword, ["Password"] = password, ["Confirm"] = confirm });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(message, PageForms.FieldError(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), errorId));
    }

    [Fact]
    public async Task Change_Valid_TheNewPasswordSignsInAndTheOldOneNoLonger()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);
        var (email, old) = factory.DemoAccounts[Roles.QualityLead];

        using var changed = await PageForms.PostAsync(client, Page, new() { ["Current"] = old, ["Password"] = "Nouveau-3133-soir", ["Confirm"] = "Nouveau-3133-soir" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Mot de passe changé", WebUtility.HtmlDecode(await client.GetStringAsync(changed.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        using var anonymous = factory.CreateClient();
        using var withNew = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "Nouveau-3133-soir" });
        using var withOld = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = old });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (withNew.StatusCode, withOld.StatusCode));
    }
}
