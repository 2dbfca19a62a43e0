using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The pages over HTTP, without a browser: sign-in redirects, roles, HTML errors, and the API left as it was.</summary>
public sealed class PageRoutingTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;

    public PageRoutingTests(ApiFactory factory) => _factory = factory;

    [Fact]
    public async Task ManagerPage_Anonymous_RedirectsToSignIn()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/gestion");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Anonymous_StillAnswers401ProblemNotARedirect()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/api/staff");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiUnknownRoute_StillAnswersProblemJson()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);
        using var response = await client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignInPage_Anonymous_IsFrenchWithLangAttribute()
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/connexion");
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Mot de passe", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListenerHome_AsQualityLead_IsDenied()
    {
        using var client = await _factory.CookieClientAsync(Roles.QualityLead);
        using var response = await client.GetAsync("/mes-horaires");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/acces-refuse", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainingCsv_AsQualityLead_IsCsvWithHeaderAndEveryActivePerson()
    {
        using var client = await _factory.CookieClientAsync(Roles.QualityLead);
        using var response = await client.GetAsync("/qualite?handler=Csv&table=formation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Personne,Rôle,Formation,Habilité·e jusqu'au,Canaux,État", lines[0]);
        // The seed: 21 listeners and 3 managers, all active.
        Assert.Equal(24, lines.Length - 1);
    }

    [Fact]
    public async Task UnknownPage_AsManager_Is404HtmlWithoutStackTrace()
    {
        using var client = await _factory.CookieClientAsync(Roles.Manager);
        using var response = await client.GetAsync("/gestion/plannings/" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
    }

}
