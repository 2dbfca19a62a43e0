using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Solver.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Scheduler.Tests.Browser;

/// <summary>A sick call this morning: the manager records it and finds cover from the home page, then gives the shift, in a real Chromium.</summary>
public sealed class CoverJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// <summary>Today for the factory's clock (Wednesday 25/11/2026) and its week's Monday.</summary>
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public async Task Manager_FindsCoverForASickCall_AndGivesTheShift()
    {
        if (fixture.NotHere(output))
        {
            return;
        }

        var me = await JourneyData.ListenerAsync(fixture.Factory);
        var sick = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Listener, except: me);
        var rotaId = await JourneyData.DraftAsync(fixture.Factory, Today.PlusDays(-2), JourneyData.Shift(sick.Id, Today, 13, 20, 16));
        await JourneyData.PublishAsync(fixture.Factory, rotaId);
        var page = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await page.GotoAsync(fixture.BaseUrl + "/gestion");
        var row = page.Locator("#aujourdhui tr", new() { HasText = sick.Name });
        await row.GetByRole(AriaRole.Button, new() { Name = $"Déclarer {sick.Name} absent·e aujourd'hui (maladie)" }).ClickAsync();
        await Expect(row).ToContainTextAsync("absent·e (maladie) : à remplacer");
        await row.GetByRole(AriaRole.Link, new() { Name = "Trouver un remplaçant" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Remplacer un service");
        await fixture.ScreenshotAsync(page, "manager-cover");
        await page.SetViewportSizeAsync(375, 812);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the cover page scrolls sideways on a 375-px phone");
        await fixture.ScreenshotAsync(page, "manager-cover-phone");

        var myName = await JourneyData.ReadAsync(fixture.Factory, db => db.Staff.Where(s => s.Id == me).Select(s => s.Name).SingleAsync());
        // My week is short of my contract: the shift brings it nearer and breaks nothing, so no reason is asked.
        var mine = page.Locator("#candidates > li", new() { HasText = myName });
        await Expect(mine.GetByLabel("Motif de dérogation")).ToHaveCountAsync(0);
        await mine.GetByRole(AriaRole.Button, new() { Name = "Lui confier ce service" }).ClickAsync();

        await Expect(page.Locator("#given")).ToContainTextAsync($"confié à {myName}");
        await Expect(page.Locator("#aujourdhui tr", new() { HasText = myName })).ToContainTextAsync("à venir");
        Assert.Equal(me, await JourneyData.ReadAsync(fixture.Factory, db => db.Assignments.Where(a => a.RotaId == rotaId).Select(a => a.StaffId).SingleAsync()));
    }

    [Fact]
    public async Task Manager_OffersAShift_AListenerVolunteersOnTheirPhone_TheManagerGivesItToThem()
    {
        if (fixture.NotHere(output))
        {
            return;
        }

        var me = await JourneyData.ListenerAsync(fixture.Factory);
        var away = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Listener, except: me);
        var friday = Today.PlusDays(2);
        var rotaId = await JourneyData.DraftAsync(fixture.Factory, Today.PlusDays(-2), JourneyData.Shift(away.Id, friday, 9, 16, 12));
        await JourneyData.PublishAsync(fixture.Factory, rotaId);
        var shiftId = await JourneyData.ReadAsync(fixture.Factory, db => db.Assignments.Where(a => a.RotaId == rotaId).Select(a => a.Id).SingleAsync());
        var manager = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await manager.GotoAsync(fixture.BaseUrl + $"/gestion/remplacement/{shiftId}");
        await manager.GetByLabel("Mot aux personnes sollicitées (facultatif)").FillAsync("Formation imprévue vendredi : qui peut venir ?");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Proposer ce service" }).ClickAsync();
        await Expect(manager.Locator("#offer-state")).ToContainTextAsync("0 volontaire(s)");

        var listener = await fixture.SignInAsync(Roles.Listener, 375, 812);
        await listener.GotoAsync(fixture.BaseUrl + "/mes-horaires");
        await listener.GetByRole(AriaRole.Link, new() { Name = "1 service(s) à pourvoir que vous pourriez prendre" }).ClickAsync();
        await Expect(listener.Locator("#offers")).ToContainTextAsync("vendredi 27/11/2026");
        await listener.GetByRole(AriaRole.Button, new() { Name = "Je peux le prendre" }).ClickAsync();
        await Expect(listener.Locator(".alert[role=status]")).ToContainTextAsync("Vous êtes volontaire");
        Assert.True(await listener.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the offers page scrolls sideways on a 375-px phone");
        await fixture.ScreenshotAsync(listener, "listener-offers-phone");

        await manager.ReloadAsync();
        var myName = await JourneyData.ReadAsync(fixture.Factory, db => db.Staff.Where(s => s.Id == me).Select(s => s.Name).SingleAsync());
        var mine = manager.Locator("#candidates > li").First;
        await Expect(mine).ToContainTextAsync(myName);
        await Expect(mine).ToContainTextAsync("volontaire");
        await fixture.ScreenshotAsync(manager, "manager-cover-offered");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Lui confier ce service" }).ClickAsync();

        await Expect(manager.Locator("#given")).ToContainTextAsync($"confié à {myName}");
        Assert.Equal(me, await JourneyData.ReadAsync(fixture.Factory, db => db.Assignments.Where(a => a.Id == shiftId).Select(a => a.StaffId).SingleAsync()));
    }
}
