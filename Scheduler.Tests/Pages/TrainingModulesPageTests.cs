using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Pages.Manager;
using Scheduler.Solver.Quality;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// The training modules page: a manager defines, changes and deletes the initial training and refreshers through the
/// API's rules. Modules added by the tests of this class are refreshers of at least 12 months or never stored, so the
/// listener whose qualification is checked below has one binding limit: the ethics refresher.
/// </summary>
public sealed class TrainingModulesPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Page = "/gestion/formations";

    [Fact]
    public async Task AddRefresher_Valid_IsStoredUnderACodeFromItsNameAndListed()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var added = await PostAsync(client, "Recyclage annuel", "Refresher", "2", "12");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var stored = await factory.InDatabaseAsync(db => db.TrainingModules.SingleAsync(m => m.Id == "recyclage-annuel"));
        Assert.Equal(("Recyclage annuel", TrainingModuleKind.Refresher, 2, (int?)12), (stored.Name, stored.Kind, stored.DurationDays, stored.ValidityMonths));
        var html = Regex.Replace(WebUtility.HtmlDecode(await client.GetStringAsync(added.Headers.Location!.OriginalString)), @">\s+<", "><");
        Assert.Contains("Module ajouté.", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Recyclage annuel</th><td>Recyclage</td><td>2 jours</td><td>12 mois</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Recyclage sans durée", "Refresher", "", "err-validity", "Un recyclage a une validité de 1 à 120 mois.")]
    [InlineData("Initiale qui expire", "Initial", "6", "err-validity", "La formation initiale n'expire pas : laissez la validité vide (les recyclages la renouvellent).")]
    [InlineData("", "Initial", "", "err-name", "Saisissez le nom du module (200 caractères au plus).")]
    public async Task AddModule_Refused_ErrorNextToTheFieldAndNothingStored(string name, string kind, string months, string errorId, string message)
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var before = await factory.InDatabaseAsync(db => db.TrainingModules.CountAsync());

        using var refused = await PostAsync(client, name, kind, "1", months);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(message, PageForms.FieldError(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), errorId));
        Assert.Equal(before, await factory.InDatabaseAsync(db => db.TrainingModules.CountAsync()));
    }

    [Fact]
    public async Task AddModule_SameNameTwice_SaysItExists()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        using var first = await PostAsync(client, "Écoute active", "Refresher", "1", "24");

        using var second = await PostAsync(client, "Ecoute  active", "Refresher", "1", "24");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("Un module porte déjà ce nom.", PageForms.FieldError(WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), "err-name"));
    }

    [Theory]
    [InlineData("Formation initiale (15 jours)", "formation-initiale-15-jours")]
    [InlineData("  Écoute active ", "ecoute-active")]
    [InlineData("???", "")]
    public void IdOf_Name_IsLowerCaseAsciiWordsJoinedByDashes(string name, string expected) =>
        Assert.Equal(expected, TrainingModulesModel.IdOf(name));

    [Fact]
    public async Task EditModule_LongerValidity_PersonPageShowsTheNewDateAtOnce()
    {
        var listener = (await factory.ListenersAsync(1))[0];
        await AddModuleAsync(new { id = "initiale", name = "Formation initiale", kind = "Initial", durationDays = 15 });
        await AddModuleAsync(new { id = "deontologie", name = "Déontologie", kind = "Refresher", durationDays = 1, validityMonths = 24 });
        await AddCompletionAsync(listener, "initiale", "2026-06-01");
        await AddCompletionAsync(listener, "deontologie", "2024-01-01");
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var form = WebUtility.HtmlDecode(await client.GetStringAsync(Page + "?modifier=deontologie"));
        Assert.Contains("Modifier « Déontologie »", form, StringComparison.Ordinal);
        Assert.Contains("id=\"Edit_ValidityMonths\" name=\"Edit.ValidityMonths\" value=\"24\"", form, StringComparison.Ordinal);

        using var threeYears = await EditAsync(client, "deontologie", "Déontologie", "Refresher", "1", "36");
        var afterThreeYears = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/equipe/{listener}"));
        using var fortyMonths = await EditAsync(client, "deontologie", "Déontologie et éthique", "Refresher", "1", "40");

        Assert.Equal(HttpStatusCode.Redirect, fortyMonths.StatusCode);
        Assert.Contains("Formé·e · jusqu'au 31/12/2026", afterThreeYears, StringComparison.Ordinal);
        Assert.Contains("Formé·e · jusqu'au 30/04/2027", WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/equipe/{listener}")), StringComparison.Ordinal);
        var html = Regex.Replace(WebUtility.HtmlDecode(await client.GetStringAsync(fortyMonths.Headers.Location!.OriginalString)), @">\s+<", "><");
        Assert.Contains("Module modifié, qualifications à jour.", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Déontologie et éthique</th><td>Recyclage</td><td>1 jour</td><td>40 mois</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, await factory.InDatabaseAsync(db => db.TrainingCompletions.CountAsync(c => c.StaffId == listener)));
    }

    [Fact]
    public async Task EditModule_Refused_ErrorsBesideTheEditFieldsAndNothingChanged()
    {
        await AddModuleAsync(new { id = "a-modifier", name = "À modifier", kind = "Refresher", durationDays = 1, validityMonths = 120 });
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var refused = await EditAsync(client, "a-modifier", "", "Initial", "1", "6");
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Saisissez le nom du module (200 caractères au plus).", PageForms.FieldError(html, "err-edit-name"));
        Assert.Equal("La formation initiale n'expire pas : laissez la validité vide (les recyclages la renouvellent).", PageForms.FieldError(html, "err-edit-validity"));
        Assert.Equal("", PageForms.FieldError(html, "err-name"));
        var stored = await factory.InDatabaseAsync(db => db.TrainingModules.SingleAsync(m => m.Id == "a-modifier"));
        Assert.Equal(("À modifier", TrainingModuleKind.Refresher, (int?)120), (stored.Name, stored.Kind, stored.ValidityMonths));
    }

    [Fact]
    public async Task EditModule_NameOfAnother_SaysItExistsBesideTheEditNameAndNothingChanged()
    {
        await AddModuleAsync(new { id = "gestes", name = "Gestes de premiers secours", kind = "Refresher", durationDays = 1, validityMonths = 24 });
        await AddModuleAsync(new { id = "renommer", name = "À renommer", kind = "Refresher", durationDays = 1, validityMonths = 24 });
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var refused = await EditAsync(client, "renommer", "gestes de premiers secours", "Refresher", "1", "24");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Un module porte déjà ce nom.", PageForms.FieldError(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), "err-edit-name"));
        Assert.Equal("À renommer", await factory.InDatabaseAsync(db => db.TrainingModules.Where(m => m.Id == "renommer").Select(m => m.Name).SingleAsync()));
    }

    [Fact]
    public async Task DeleteModule_Unused_IsRemovedAndSaid()
    {
        await AddModuleAsync(new { id = "a-supprimer", name = "À supprimer", kind = "Refresher", durationDays = 1, validityMonths = 120 });
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var deleted = await DeleteAsync(client, "a-supprimer");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Module supprimé.", WebUtility.HtmlDecode(await client.GetStringAsync(deleted.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.False(await factory.InDatabaseAsync(db => db.TrainingModules.AnyAsync(m => m.Id == "a-supprimer")));
    }

    [Fact]
    public async Task DeleteModule_UsedByATrainingRecord_ErrorBesideItsRowAndKept()
    {
        var listener = (await factory.ListenersAsync(2))[1];
        await AddModuleAsync(new { id = "utilise", name = "Utilisé", kind = "Refresher", durationDays = 1, validityMonths = 120 });
        await AddCompletionAsync(listener, "utilise", "2026-01-05");
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var refused = await DeleteAsync(client, "utilise");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("1 formation enregistrée utilise ce module : il ne peut pas être supprimé.",
            PageForms.FieldError(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), "err-delete-utilise"));
        Assert.True(await factory.InDatabaseAsync(db => db.TrainingModules.AnyAsync(m => m.Id == "utilise")));
    }

    private async Task AddModuleAsync(object module)
    {
        using var api = await factory.ClientAsync(Roles.Manager);
        using var response = await api.PostAsJsonAsync("/api/training/modules", module);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task AddCompletionAsync(Guid staffId, string moduleId, string completedOn)
    {
        using var api = await factory.ClientAsync(Roles.Manager);
        using var response = await api.PostAsJsonAsync("/api/training/completions", new { staffId, moduleId, completedOn });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> EditAsync(HttpClient client, string id, string name, string kind, string days, string months) =>
        PageForms.PostAsync(client, Page, new()
        {
            ["Edit.Id"] = id, ["Edit.Name"] = name, ["Edit.Kind"] = kind, ["Edit.DurationDays"] = days, ["Edit.ValidityMonths"] = months,
        }, Page + "?handler=Change");

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string id) =>
        PageForms.PostAsync(client, Page, new() { ["id"] = id }, Page + "?handler=Delete");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string kind, string days, string months) =>
        PageForms.PostAsync(client, Page, new() { ["Name"] = name, ["Kind"] = kind, ["DurationDays"] = days, ["ValidityMonths"] = months });
}
