using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Tests.Api;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Mail;

/// <summary>
/// A forgotten password, with e-mail on: the link goes to the account's own address and sets a new password; the answer
/// is the same for an address without an open account, asking signs nobody out, and one link per quarter of an hour.
/// The link is made after the answer, in the order asked: a test waits for an address's link, and asks a known address
/// last to know that the addresses asked before it were dealt with.
/// </summary>
public sealed class PasswordResetTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    private const string FirstPassword = "Ecoute-3133-jour";
    private const string NewPassword = "Ecoute-3133-soir";

    [Fact]
    public async Task ForgotPassword_OpenAccount_MailsALinkThatSetsANewPassword()
    {
        const string Email = "oubli@3133.example";
        var (_, signedIn) = await OpenAccountAsync(Email);
        using var anonymous = factory.CreateClient();

        // Asked with other capitals and spaces: the account's own address is written to.
        using var asked = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = " OUBLI@3133.example " });
        Assert.Equal(1, await ResetsOnceMadeAsync(Email, 1));
        using (var stillIn = await signedIn.GetAsync("/api/me/mail"))
        {
            Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        }

        await factory.SendDueMailAsync();

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var message = Assert.Single(factory.Smtp.To(Email), m => m.Subject?.StartsWith("Choisir", StringComparison.Ordinal) == true);
        Assert.Equal("Choisir un nouveau mot de passe 3133 Planning / Choose a new 3133 Planning password", message.Subject);
        var link = Assert.Single(ActivationPage.Links(message.TextBody));
        Assert.StartsWith(MailApiFactory.PublicUrl + "/compte/activer?", link, StringComparison.Ordinal);

        using (var reset = await ActivationPage.ChooseAsync(factory, new Uri(link).PathAndQuery, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(Email, NewPassword));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(Email, FirstPassword));
        using var signedOut = await signedIn.GetAsync("/api/me/mail");
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);

        // Used once: the same link no longer works.
        using var again = await ActivationPage.ChooseAsync(factory, new Uri(link).PathAndQuery, FirstPassword);
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_UnknownOrClosedAddress_SameAnswerAndNothingQueued()
    {
        const string Closed = "parti@3133.example";
        const string Last = "dernier@3133.example";
        var (id, _) = await OpenAccountAsync(Closed);
        await OpenAccountAsync(Last);
        using var manager = await factory.ClientAsync(Roles.Manager);
        using (var closed = await manager.PostAsync($"/api/accounts/{id}/close", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        }

        using var anonymous = factory.CreateClient();
        using var unknown = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = "inconnu@3133.example" });
        using var ofClosed = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = Closed });
        using var last = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = Last });

        Assert.Equal(1, await ResetsOnceMadeAsync(Last, 1));
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (unknown.StatusCode, ofClosed.StatusCode));
        Assert.Empty(await factory.OutboxToAsync("inconnu@3133.example"));
        Assert.DoesNotContain(await factory.OutboxToAsync(Closed), m => m.Kind == MailKind.PasswordReset);
    }

    [Fact]
    public async Task ForgotPassword_AskedAgain_OneLinkPerQuarterOfAnHour()
    {
        const string Email = "presse@3133.example";
        const string Last = "apres-presse@3133.example";
        await OpenAccountAsync(Email);
        await OpenAccountAsync(Last);
        using var anonymous = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var asked = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = Email });
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }

        using (var last = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = Last }))
        {
            Assert.Equal(1, await ResetsOnceMadeAsync(Last, 1));
        }

        var afterThree = Resets(await factory.OutboxToAsync(Email));
        factory.Clock.Advance(Duration.FromMinutes(16));
        using (var later = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = Email }))
        {
            Assert.Equal(HttpStatusCode.Accepted, later.StatusCode);
        }

        Assert.Equal(1, afterThree);
        Assert.Equal(2, await ResetsOnceMadeAsync(Email, 2));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"email\":\"pas-une-adresse\"}")]
    [InlineData("{\"email\":\"personne@\"}")]
    public async Task ForgotPassword_NoAddress_ProblemNamesEmail(string body)
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.PostAsync("/api/auth/forgot-password", new StringContent(body, MediaTypeHeaderValue.Parse("application/json")));

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "email");
    }

    [Fact]
    public async Task ForgotPasswordPage_FromTheSignInPage_SaysTheSameForAnyAddressAndSendsToAnAccount()
    {
        const string Email = "page-oubli@3133.example";
        await OpenAccountAsync(Email);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signInPage = await browser.GetStringAsync("/connexion");
        using var invalid = await PageForms.PostAsync(browser, "/compte/mot-de-passe-oublie", new() { ["Email"] = "sans-arobase" });
        using var unknown = await PageForms.PostAsync(browser, "/compte/mot-de-passe-oublie", new() { ["Email"] = "personne@3133.example" });
        using var known = await PageForms.PostAsync(browser, "/compte/mot-de-passe-oublie", new() { ["Email"] = Email });

        Assert.Contains("href=\"/compte/mot-de-passe-oublie\"", signInPage, StringComparison.Ordinal);
        Assert.Equal("Saisissez l'adresse e-mail de votre compte, avec un @.", PageForms.FieldError(WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), "err-email"));
        var unknownText = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        var knownText = WebUtility.HtmlDecode(await known.Content.ReadAsStringAsync());
        Assert.Contains("Si un compte ouvert utilise l'adresse personne@3133.example, un lien pour choisir un nouveau mot de passe vient d'y être envoyé, valable 7 jours", unknownText, StringComparison.Ordinal);
        Assert.Contains($"Si un compte ouvert utilise l'adresse {Email}, un lien", knownText, StringComparison.Ordinal);
        Assert.Equal(1, await ResetsOnceMadeAsync(Email, 1));
        Assert.Empty(await factory.OutboxToAsync("personne@3133.example"));
    }

    private static int Resets(IEnumerable<OutboxMessageEntity> messages) => messages.Count(m => m.Kind == MailKind.PasswordReset);

    /// <summary>The reset links queued to <paramref name="email"/>, once there are <paramref name="count"/> (or after 10 s).</summary>
    private async Task<int> ResetsOnceMadeAsync(string email, int count)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            if (Resets(await factory.OutboxToAsync(email)) >= count)
            {
                break;
            }

            await Task.Delay(100);
        }

        return Resets(await factory.OutboxToAsync(email));
    }

    /// <summary>A quality lead's account, activated with <see cref="FirstPassword"/>: its id and a client signed in with it.</summary>
    private async Task<(string Id, HttpClient SignedIn)> OpenAccountAsync(string email)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/accounts", new { email, role = "QualityLead" });
        var invitation = await Json.ReadAsync(created);
        using (var activated = await ActivationPage.ChooseAsync(factory, new Uri(invitation.GetProperty("activationUrl").GetString()!).PathAndQuery, FirstPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        }

        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = FirstPassword });
        var token = (await Json.ReadAsync(login)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (invitation.GetProperty("account").GetProperty("id").GetString()!, client);
    }

    private async Task<HttpStatusCode> SignInStatusAsync(string email, string password)
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });
        return response.StatusCode;
    }


}
