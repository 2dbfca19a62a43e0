using Microsoft.Playwright;
using Scheduler.Api.Auth;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Scheduler.Tests.Browser;

/// <summary>
/// A new listener joins, in a real Chromium: the manager adds the person, creates the account and copies the activation
/// link; the listener, in a browser of their own, chooses a password, signs in and lands on "Mes horaires".
/// </summary>
public sealed class OnboardingJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_AddsAListenerAndHandsTheLink_TheListenerActivatesAndSeesTheirSchedule()
    {
        if (fixture.NotHere(output))
        {
            return;
        }

        var manager = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await manager.GotoAsync(fixture.BaseUrl + "/gestion/equipe");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Ajouter une personne" }).ClickAsync();
        await manager.GetByLabel("Nom et prénom").FillAsync("Camille Nouvelle");
        await manager.GetByLabel("Adresse e-mail").FillAsync("camille@3133.example");
        await manager.GetByLabel("Heures par semaine au contrat").FillAsync("24");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Ajouter la personne" }).ClickAsync();
        await Expect(manager.Locator(".alert.success")).ToContainTextAsync("Camille Nouvelle a été ajouté·e");

        await manager.GetByRole(AriaRole.Link, new() { Name = "Camille Nouvelle" }).ClickAsync();
        await Expect(manager.Locator("#AccountEmail")).ToHaveValueAsync("camille@3133.example");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
        await Expect(manager.Locator("#account-state")).ToContainTextAsync("en attente d'activation");
        var link = await manager.Locator("#activation-url").InputValueAsync();
        await fixture.ScreenshotAsync(manager, "manager-person-account");

        // The listener opens the link on a phone: a browser with no session of its own.
        var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(link);
        await Expect(phone.Locator("#Email")).ToHaveValueAsync("camille@3133.example");
        await phone.GetByLabel("Nouveau mot de passe").FillAsync("Ecoute-3133-nuit");
        await phone.GetByLabel("Confirmer le mot de passe").FillAsync("Ecoute-3133-nuit");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Activer le compte" }).ClickAsync();
        await Expect(phone.Locator(".alert.success")).ToContainTextAsync("Compte activé");

        // Signed in as the demo accounts are (a sign-in under the whole suite's load once went unanswered in 45 s).
        await fixture.SignInOnAsync(phone, "camille@3133.example", "Ecoute-3133-nuit");
        Assert.EndsWith("/mes-horaires", phone.Url, StringComparison.Ordinal);
        await Expect(phone.Locator("h1")).ToContainTextAsync("Mes horaires");
        await fixture.ScreenshotAsync(phone, "listener-first-sign-in-phone");

        // Back on the person page, the account is activated.
        await manager.ReloadAsync();
        await Expect(manager.Locator("#account-state")).ToContainTextAsync("activé");
        await Expect(manager.Locator("#account-state")).Not.ToContainTextAsync("en attente");
    }
}
