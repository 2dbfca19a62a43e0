using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Staff;
using Scheduler.Solver.Domain;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// Adding a person on "Ajouter une personne" and deactivating one from the staff list, through the API's own code.
/// The tests share one database: each adds the people it changes, with names no other test uses.
/// </summary>
public sealed class StaffFormPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string NewPage = "/gestion/equipe/nouveau";

    [Fact]
    public async Task ValidPartTimer_IsStoredWithItsContractChannelsAndTraining_AndListed()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var response = await PostNewAsync(client, "Aurore Valide", hours: "24,5", channels: ["phone", "chat"], trained: true, email: "aurore@3133.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.InDatabaseAsync(db => StaffEndpoints.Query(db).AsNoTracking().SingleAsync(s => s.Name == "Aurore Valide"));
        Assert.Equal($"/gestion/equipe?ajoute={stored.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(StaffRole.Listener, stored.Role);
        Assert.Equal("aurore@3133.example", stored.Email);
        Assert.True(stored.IsActive);
        Assert.True(stored.IsTrained);
        Assert.Equal(["chat", "phone"], stored.Skills.Select(k => k.Channel).Order(StringComparer.Ordinal));
        var contract = Assert.Single(stored.Contracts);
        Assert.Equal(24 * 60 + 30, contract.WeeklyMinutes);
        Assert.Equal(new LocalDate(2026, 11, 25), contract.ValidFrom); // the factory's clock: the contract starts today

        var list = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location.OriginalString));
        Assert.Contains("role=\"status\">Aurore Valide a été ajouté·e à l'équipe.", list, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/gestion/equipe/{stored.Id}\">Aurore Valide</a>", list, StringComparison.Ordinal);
        Assert.Contains("24,5 h", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/gestion/equipe/nouveau\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidForm_ShowsEachErrorNextToItsField_KeepsWhatWasTyped_StoresNothing()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var before = await factory.InDatabaseAsync(db => db.Staff.CountAsync());

        using var response = await PostNewAsync(client, "  ", hours: "60", channels: ["phone", "fax"], trained: false, email: "pas-une-adresse", qualifiedUntil: "31/02/2027");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Name\"[^>]*aria-invalid=\"true\"", html);
        Assert.Matches("id=\"WeeklyHours\"[^>]*value=\"60\"[^>]*aria-invalid=\"true\"", html);
        Assert.Matches("id=\"Email\"[^>]*value=\"pas-une-adresse\"[^>]*aria-invalid=\"true\"", html);
        Assert.Matches("id=\"QualifiedUntil\"[^>]*value=\"31/02/2027\"[^>]*aria-invalid=\"true\"", html);
        Assert.DoesNotMatch("id=\"Role\"[^>]*aria-invalid", html);
        Assert.Contains("Saisissez le nom (200 caractères au plus).", PageForms.FieldError(html, "err-name"), StringComparison.Ordinal);
        Assert.Contains("au plus 48 (maximum légal)", PageForms.FieldError(html, "err-weeklyhours"), StringComparison.Ordinal);
        Assert.Contains("avec un @", PageForms.FieldError(html, "err-email"), StringComparison.Ordinal);
        Assert.Contains("jj/mm/aaaa", PageForms.FieldError(html, "err-qualifieduntil"), StringComparison.Ordinal);
        Assert.Contains("canaux proposés", PageForms.FieldError(html, "err-channels"), StringComparison.Ordinal);
        Assert.Contains("value=\"phone\" checked", html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.InDatabaseAsync(db => db.Staff.CountAsync()));
    }

    [Fact]
    public async Task HoursTheApiRefuses_AreShownNextToTheHoursAlone_StoresNothing()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var response = await PostNewAsync(client, "Denis Sans Heures", hours: "49", channels: ["phone"], trained: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("au plus 48 (maximum légal)", PageForms.FieldError(html, "err-weeklyhours"), StringComparison.Ordinal);
        Assert.Matches("id=\"Name\"[^>]*value=\"Denis Sans Heures\"", html);
        Assert.DoesNotMatch("id=\"Name\"[^>]*aria-invalid", html);
        Assert.False(await factory.InDatabaseAsync(db => db.Staff.AnyAsync(s => s.Name == "Denis Sans Heures")));
    }

    [Fact]
    public async Task Deactivate_FromTheList_StoresTheInactivePersonAndShowsTheTag()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        using var added = await PostNewAsync(client, "Basile Partant", hours: "28", channels: ["chat"], trained: true);
        var id = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Name == "Basile Partant").Select(s => s.Id).SingleAsync());
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/gestion/equipe"));
        Assert.Contains("aria-label=\"Désactiver Basile Partant\"", list, StringComparison.Ordinal);

        using var response = await PageForms.PostAsync(client, "/gestion/equipe", new() { ["staffId"] = id.ToString() }, "/gestion/equipe?handler=Deactivate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == id).Select(s => s.IsActive).SingleAsync()));
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("role=\"status\">Basile Partant est désactivé·e", after, StringComparison.Ordinal);
        Assert.Contains($"Basile Partant</a> <span class=\"tag\">inactif</span>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Désactiver Basile Partant\"", after, StringComparison.Ordinal);

        // A deactivation by mistake is undone from the same list.
        using var undone = await PageForms.PostAsync(client, "/gestion/equipe", new() { ["staffId"] = id.ToString() }, "/gestion/equipe?handler=Reactivate");
        Assert.True(await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == id).Select(s => s.IsActive).SingleAsync()));
        Assert.Contains("role=\"status\">Basile Partant est de nouveau active", WebUtility.HtmlDecode(await client.GetStringAsync(undone.Headers.Location!.OriginalString)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivate_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        using var added = await PostNewAsync(client, "Céleste Protégée", hours: "35", channels: ["phone"], trained: true);
        var id = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Name == "Céleste Protégée").Select(s => s.Id).SingleAsync());

        using var response = await client.PostAsync("/gestion/equipe?handler=Deactivate", new FormUrlEncodedContent(new Dictionary<string, string> { ["staffId"] = id.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == id).Select(s => s.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task NewPage_AsListener_IsDenied()
    {
        using var client = await factory.CookieClientAsync(Roles.Listener);

        using var response = await client.GetAsync(NewPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/acces-refuse", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPage_InEnglish_SaysTheBoundsAndThatNoAccountIsCreated()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(NewPage + "?culture=en-GB"));

        Assert.Contains("<h1>Add a person</h1>", html, StringComparison.Ordinal);
        Assert.Contains("at most 48 h (the legal maximum)", html, StringComparison.Ordinal);
        Assert.Contains("Part-time is at least 24 h", html, StringComparison.Ordinal);
        Assert.Contains("No sign-in account is created", html, StringComparison.Ordinal);
        Assert.Contains("The contract starts today, 25/11/2026.", html, StringComparison.Ordinal);
        Assert.Contains(">Listener</option>", html, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostNewAsync(
        HttpClient client, string name, string hours, string[] channels, bool trained, string email = "", string qualifiedUntil = "")
    {
        // Indexed keys bind to the list as a browser's repeated keys for ticked checkboxes do; PageForms takes a dictionary.
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Email"] = email, ["Role"] = nameof(StaffRole.Listener), ["WeeklyHours"] = hours, ["QualifiedUntil"] = qualifiedUntil };
        if (trained)
        {
            fields["IsTrained"] = "true";
        }

        for (var i = 0; i < channels.Length; i++)
        {
            fields[$"Channels[{i}]"] = channels[i];
        }

        return PageForms.PostAsync(client, NewPage, fields);
    }
}
