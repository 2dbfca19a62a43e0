using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Pages.Manager;
using Scheduler.Solver.Quality;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The training modules page: a manager defines the initial training and refreshers through the API's rules.</summary>
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

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string kind, string days, string months) =>
        PageForms.PostAsync(client, Page, new() { ["Name"] = name, ["Kind"] = kind, ["DurationDays"] = days, ["ValidityMonths"] = months });
}
