using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Solver.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Scheduler.Tests.Browser;

/// <summary>A manager adds a shift to a draft on the rota page, checks it, saves it, then removes it, in a real Chromium.</summary>
public sealed class ShiftEditorJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly LocalDate Monday = new(2026, 12, 7);

    [Fact]
    public async Task Manager_AddsAShiftChecksAndSavesIt_ThenRemovesIt()
    {
        if (fixture.NotHere(output))
        {
            return;
        }

        var listener = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Listener);
        var rotaId = await JourneyData.DraftAsync(fixture.Factory, Monday, JourneyData.Shift(listener.Id, Monday, 9, 17, 13));
        var page = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await page.GotoAsync($"{fixture.BaseUrl}/gestion/plannings/{rotaId}");

        // A second shift the same Monday: the check names the one-shift-a-day rule before anything is saved.
        await page.ClickAsync("#add-shift");
        await Expect(page.Locator("#ajout h3")).ToHaveTextAsync("Ajouter un service");
        await page.SelectOptionAsync("#shift-staff", listener.Id.ToString());
        await page.FillAsync("#shift-Start", "18:00");
        await page.FillAsync("#shift-End", "20:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Expect(page.Locator("#verdict")).ToContainTextAsync("one-shift-per-day");
        Assert.Equal(1, await ShiftsAsync(rotaId));

        // Tuesday instead: saved, and shown in the grid.
        await page.SelectOptionAsync("#shift-date", "08/12/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.Locator(".alert[role=status]")).ToContainTextAsync("Service ajouté");
        await Expect(page.Locator("table.grid")).ToContainTextAsync("18:00–20:00");
        Assert.Equal(2, await ShiftsAsync(rotaId));
        await fixture.ScreenshotAsync(page, "manager-rota-grid-added");

        // Removed from its editor: the person is off that day again.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Modifier le service de {listener.Name} le 08/12/2026" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer ce service" }).ClickAsync();
        await Expect(page.Locator(".alert[role=status]")).ToContainTextAsync("Service supprimé");
        await Expect(page.Locator("table.grid")).Not.ToContainTextAsync("18:00–20:00");
        Assert.Equal(1, await ShiftsAsync(rotaId));
    }

    private Task<int> ShiftsAsync(Guid rotaId) =>
        JourneyData.ReadAsync(fixture.Factory, db => db.Assignments.CountAsync(a => a.RotaId == rotaId));
}
