using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Startup;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Api;

/// <summary>
/// Sign-in accounts: a manager creates one and hands its activation link over; the person chooses a password on
/// /compte/activer and signs in as their own staff record. Links work once; a new link voids the old one.
/// </summary>
public sealed class AccountTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string StrongPassword = "Ecoute-3133-nuit";

    [Fact]
    public async Task Create_ListenerAccount_ActivatedThroughItsLinkSignsInAsThatPerson()
    {
        var staffId = await NewListenerAsync("Nouvelle Recrue");

        var (status, invitation) = await CreateAsync(new { email = "recrue@3133.example", role = "Listener", staffId });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(("recrue@3133.example", "Listener", staffId, "Nouvelle Recrue", false), Account(invitation));
        using var activated = await ActivateAsync(Link(invitation), StrongPassword, StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal("/connexion?active=true", activated.Headers.Location!.OriginalString);
        var signIn = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/connexion?active=true"));
        Assert.Contains("Compte activé : connectez-vous avec votre nouveau mot de passe.", signIn, StringComparison.Ordinal);
        Assert.Contains("Mot de passe oublié ou premier accès : demandez un lien d'activation à votre responsable.", signIn, StringComparison.Ordinal);
        using var me = await SignedInAsync("recrue@3133.example", StrongPassword);
        Assert.Equal(staffId, (await me.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid());

        // The link worked once.
        using var reused = await ActivateAsync(Link(invitation), StrongPassword + "!", StrongPassword + "!");
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlatformSeeder.ManagerEmail, "QualityLead", false, "email")]
    [InlineData("someone@3133.example", "Listener", false, "staffId")]
    [InlineData("lead2@3133.example", "QualityLead", true, "staffId")]
    [InlineData("x@3133.example", "Admin", false, "role")]
    [InlineData("not-an-address", "QualityLead", false, "email")]
    public async Task Create_Refused_NamesTheField(string email, string role, bool withStaff, string field)
    {
        Guid? staffId = withStaff ? await NewListenerAsync("Avec Fiche") : null;
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PostAsJsonAsync("/api/accounts", new { email, role, staffId });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Create_PersonWithAnAccount_IsRefusedOnStaffId()
    {
        var listener = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PostAsJsonAsync("/api/accounts", new { email = "second@3133.example", role = "Listener", staffId = listener });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "staffId");
    }

    [Fact]
    public async Task NewLink_VoidsTheOldOneAndWorks()
    {
        var (_, invitation) = await CreateAsync(new { email = "lead@3133.example", role = "QualityLead" });
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var renewed = await manager.PostAsync($"/api/accounts/{invitation.GetProperty("account").GetProperty("id").GetString()}/activation-link", null);
        var second = await Json.ReadAsync(renewed);

        using var old = await ActivateAsync(Link(invitation), StrongPassword, StrongPassword);
        using var fresh = await ActivateAsync(Link(second), StrongPassword, StrongPassword);

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(await old.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        using var lead = await SignedInAsync("lead@3133.example", StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/api/sla/reports?period=day&from=2026-11-01&to=2026-11-02")).StatusCode);
    }

    [Theory]
    [InlineData("court", "court", "err-password", "12 caractères au moins, avec une majuscule, une minuscule, un chiffre et un symbole.")]
    [InlineData(StrongPassword, "Autre-3133-nuit", "err-confirm", "Les deux mots de passe diffèrent.")]
    public async Task Activate_PasswordRefused_SaysWhyNextToTheField(string password, string confirm, string errorId, string message)
    {
        var (_, invitation) = await CreateAsync(new { email = $"weak-{errorId}@3133.example", role = "QualityLead" });

        using var refused = await ActivateAsync(Link(invitation), password, confirm);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(message, PageForms.FieldError(html, errorId));
    }

    [Fact]
    public async Task DeactivatedPerson_NewLinkIsRefusedAsClosed()
    {
        var staffId = await NewListenerAsync("Bientôt Partie");
        var (_, invitation) = await CreateAsync(new { email = "partie@3133.example", role = "Listener", staffId });
        using var manager = await factory.ClientAsync(Roles.Manager);
        using (var deactivated = await manager.PostAsync($"/api/staff/{staffId}/deactivate", null))
        {
            Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        }

        using var renewed = await manager.PostAsync($"/api/accounts/{invitation.GetProperty("account").GetProperty("id").GetString()}/activation-link", null);
        using var activated = await ActivateAsync(Link(invitation), StrongPassword, StrongPassword);

        Assert.Equal(HttpStatusCode.Conflict, renewed.StatusCode);
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(await activated.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonPage_CreateAccount_ShowsTheLinkToHandOverAndTheAccountWaiting()
    {
        var staffId = await NewListenerAsync("Par La Page");
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var created = await PageForms.PostAsync(client, $"/gestion/equipe/{staffId}", new() { ["AccountEmail"] = "page@3133.example" }, $"/gestion/equipe/{staffId}?handler=Account");
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Matches("id=\"activation-url\" class=\"copy\" readonly value=\"http://localhost/compte/activer\\?email=page%403133.example&amp;code=", await created.Content.ReadAsStringAsync());
        Assert.Contains("page@3133.example · en attente d'activation", html, StringComparison.Ordinal);
        Assert.Contains("page@3133.example · en attente d'activation", WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/equipe/{staffId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountsPage_ListsWhoCanSignInAndMakesAQualityLeadsAccount()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var created = await PageForms.PostAsync(client, "/gestion/comptes", new() { ["LeadEmail"] = "qualite2@3133.example" }, "/gestion/comptes?handler=Lead");
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Lien d'activation de qualite2@3133.example", html, StringComparison.Ordinal);
        Assert.Contains("id=\"activation-url\"", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("id=\"accounts\"", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">qualite2@3133.example</th><td>Responsable qualité</td><td></td><td>en attente d'activation</td>", Regex.Replace(table, @">\s+<", "><"), StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{PlatformSeeder.ListenerEmail}</th><td>Écoutant·e</td>", Regex.Replace(table, @">\s+<", "><"), StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"Nouveau lien d'activation pour {PlatformSeeder.ListenerEmail}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"aria-label=\"Nouveau lien d'activation pour {PlatformSeeder.ManagerEmail}\"", html, StringComparison.Ordinal);

        // Closed from the page (a quality lead who left): the row says so and offers to reopen it.
        var id = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == "qualite2@3133.example").Select(u => u.Id).SingleAsync());
        using var closed = await PageForms.PostAsync(client, "/gestion/comptes", new() { ["userId"] = id, ["closed"] = "true" }, "/gestion/comptes?handler=Close");
        var after = Regex.Replace(WebUtility.HtmlDecode(await client.GetStringAsync(closed.Headers.Location!.OriginalString)), @">\s+<", "><");
        Assert.Contains("<th scope=\"row\">qualite2@3133.example</th><td>Responsable qualité</td><td></td><td>fermé</td>", after, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Rouvrir le compte qualite2@3133.example\"", after, StringComparison.Ordinal);

        using var again = await PageForms.PostAsync(client, "/gestion/comptes", new() { ["LeadEmail"] = "qualite2@3133.example" }, "/gestion/comptes?handler=Lead");
        Assert.Equal("Adresse e-mail attendue, avec un @, qui n'a pas encore de compte.",
            PageForms.FieldError(WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), "err-lead-email"));
    }

    [Fact]
    public async Task Close_QualityLeadWhoLeft_CannotSignInUntilReopened()
    {
        var (_, invitation) = await CreateAsync(new { email = "partant@3133.example", role = "QualityLead" });
        using (var activated = await ActivateAsync(Link(invitation), StrongPassword, StrongPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        }

        var id = invitation.GetProperty("account").GetProperty("id").GetString();
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var anonymous = factory.CreateClient();

        using (var closed = await manager.PostAsync($"/api/accounts/{id}/close", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        }

        using (var refused = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "partant@3133.example", password = StrongPassword }))
        {
            Assert.Equal("LockedOut", (await Json.ReadAsync(refused)).GetProperty("title").GetString());
        }

        using (var reopened = await manager.PostAsync($"/api/accounts/{id}/reopen", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reopened.StatusCode);
        }

        using var back = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "partant@3133.example", password = StrongPassword });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task Close_OwnAccount_IsRefused()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var mine = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == PlatformSeeder.ManagerEmail).Select(u => u.Id).SingleAsync());

        using var refused = await manager.PostAsync($"/api/accounts/{mine}/close", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Self", (await Json.ReadAsync(refused)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Reopen_AccountOfADeactivatedPerson_IsRefusedUntilThePersonIsReactivated()
    {
        var staffId = await NewListenerAsync("Absente Longue");
        var (_, invitation) = await CreateAsync(new { email = "longue@3133.example", role = "Listener", staffId });
        var id = invitation.GetProperty("account").GetProperty("id").GetString();
        using var manager = await factory.ClientAsync(Roles.Manager);
        using (var deactivated = await manager.PostAsync($"/api/staff/{staffId}/deactivate", null))
        {
            Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        }

        using var reopened = await manager.PostAsync($"/api/accounts/{id}/reopen", null);

        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        Assert.Equal("StaffInactive", (await Json.ReadAsync(reopened)).GetProperty("title").GetString());
    }

    private async Task<Guid> NewListenerAsync(string name)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/staff", new { name, role = "Listener", weeklyHours = 24, isTrained = true, channels = new[] { "phone" } });
        return (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
    }

    private async Task<(HttpStatusCode, JsonElement)> CreateAsync(object request)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var response = await manager.PostAsJsonAsync("/api/accounts", request);
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    private static (string?, string?, Guid?, string?, bool) Account(JsonElement invitation)
    {
        var a = invitation.GetProperty("account");
        return (a.GetProperty("email").GetString(), a.GetProperty("role").GetString(), a.GetProperty("staffId").GetGuid(), a.GetProperty("staffName").GetString(), a.GetProperty("activated").GetBoolean());
    }

    /// <summary>The activation link's path and query, as the person's browser would open it.</summary>
    private static string Link(JsonElement invitation) => new Uri(invitation.GetProperty("activationUrl").GetString()!).PathAndQuery;

    private async Task<HttpResponseMessage> ActivateAsync(string link, string password, string confirm)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query);
        return await PageForms.PostAsync(browser, link, new() { ["Email"] = query["email"]!, ["Code"] = query["code"]!, ["Password"] = password, ["Confirm"] = confirm });
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await Json.ReadAsync(login)).GetProperty("accessToken").GetString());
        return client;
    }
}
