using Microsoft.Playwright;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Solver.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Scheduler.Tests.Browser;

/// <summary>A manager on a phone: today's floor on the home page. "Today" is Wednesday 25/11/2026, 10:00 (the factory's clock).</summary>
public sealed class ManagerPhoneJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_OnAPhone_SeesWhoIsOnTheFloorAndCanRecordASickCall_WithoutScrollingSideways()
    {
        if (fixture.NotHere(output))
        {
            return;
        }

        var monday = new LocalDate(2026, 11, 23);
        var today = monday.PlusDays(2);
        var manager = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Manager);
        var listener = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Listener);
        var rotaId = await JourneyData.DraftAsync(fixture.Factory, monday,
            JourneyData.Shift(manager.Id, today, 9, 17, 12),
            JourneyData.Shift(listener.Id, today, 9, 17, 13));
        await JourneyData.PublishAsync(fixture.Factory, rotaId);

        var page = await fixture.SignInAsync(Roles.Manager, 375, 812);
        var floor = page.Locator("#aujourdhui");

        // The role and break columns give way to who, when and now; the manager's row says "responsable".
        await Expect(floor.Locator("tr", new() { HasText = manager.Name })).ToContainTextAsync("09:00–17:00 · responsable");
        await Expect(floor.Locator("th", new() { HasText = "Rôle" })).ToBeHiddenAsync();
        var sickCall = floor.Locator("tr", new() { HasText = listener.Name }).GetByRole(AriaRole.Button, new() { Name = $"Déclarer {listener.Name} absent·e aujourd'hui (maladie)" });
        await Expect(sickCall).ToBeVisibleAsync();
        var box = await sickCall.BoundingBoxAsync();
        Assert.True(box is { } b && b.X + b.Width <= 375, $"the sick-call button lies outside the phone's width: {box?.X} + {box?.Width}");
        Assert.True(await floor.Locator(".table-wrap").EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "today's table scrolls sideways on a 375-px phone");
        // The rotas below keep their period, state and publication date in view; origin and shift count give way.
        var rotas = page.Locator("table", new() { HasText = "du 23/11/2026 au 29/11/2026" });
        Assert.True(await rotas.Locator("xpath=..").EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "the rotas' table scrolls sideways on a 375-px phone");
        await fixture.ScreenshotAsync(page, "manager-home-phone");
    }
}
