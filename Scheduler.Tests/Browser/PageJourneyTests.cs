using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Scheduler.Tests.Browser;

/// <summary>
/// The three journeys of issue 6 in a real Chromium against the real service. "Today" is Wednesday 25/11/2026 (the
/// factory's fake clock), so tomorrow is Thursday 26/11/2026.
/// </summary>
public sealed class PageJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly LocalDate ThisMonday = new(2026, 11, 23);
    private static readonly LocalDate NextMonday = new(2026, 11, 30);

    [Fact]
    public async Task Manager_EditsAShiftSeesTheVerdictAndPublishes_RotaPublishedWithTheEdit()
    {
        if (NotHere())
        {
            return;
        }

        var manager = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Manager);
        var listener = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Listener);
        var rotaId = await JourneyData.DraftAsync(fixture.Factory, NextMonday,
            JourneyData.Shift(listener.Id, NextMonday, 9, 17, 13),
            JourneyData.Shift(manager.Id, NextMonday, 9, 17, 12));
        var page = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/gestion");
        await fixture.ScreenshotAsync(page, "manager-rotas");

        await page.ClickAsync($"a[href='/gestion/plannings/{rotaId}']");
        await Expect(page.Locator("table.grid")).ToContainTextAsync(listener.Name);
        // The cover chart, then the predicted service level against its target, with a row per day of the week.
        await Expect(page.Locator("svg.chart")).ToHaveCountAsync(2);
        await Expect(page.Locator("#service-forecast svg.chart line.chart-target")).ToHaveCountAsync(1);
        await Expect(page.Locator("#forecast-days tbody tr")).ToHaveCountAsync(7);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Modifier le service de {listener.Name} le 30/11/2026" }).ClickAsync();

        // 21:00 is after the 20:00 closing: the check must name the opening-hours rule, and nothing is saved yet.
        await page.FillAsync("#shift-End", "21:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Expect(page.Locator("#verdict")).ToContainTextAsync("opening-hours");
        await fixture.ScreenshotAsync(page, "manager-rota-grid-check");
        Assert.Equal(new LocalTime(17, 0), await EndOfListenerShiftAsync(rotaId, listener.Id));

        await page.FillAsync("#shift-End", "16:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.Locator(".alert[role=status]")).ToContainTextAsync("Service enregistré");
        Assert.Equal(new LocalTime(16, 0), await EndOfListenerShiftAsync(rotaId, listener.Id));

        // Two people cannot cover a week: publishing without a reason is refused next to the field, then accepted with one.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le planning" }).ClickAsync();
        await Expect(page.Locator("#err-override")).ToContainTextAsync("Motif obligatoire");
        await page.GetByLabel("Motif de dérogation").FillAsync("Essai : planning partiel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le planning" }).ClickAsync();
        await Expect(page.Locator(".alert[role=status]")).ToContainTextAsync("Planning publié");
        await fixture.ScreenshotAsync(page, "manager-rota-grid");

        // On a phone the grid scrolls inside its frame; the page itself does not scroll sideways.
        await page.SetViewportSizeAsync(375, 812);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the rota page scrolls sideways on a 375-px phone");
        await fixture.ScreenshotAsync(page, "manager-rota-grid-phone");

        // Printed (to post on the wall): the grid and the listener's shift, without the menu, the filters or the forms.
        await page.SetViewportSizeAsync(1280, 900);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("table.grid")).ToBeVisibleAsync();
        await Expect(page.Locator("table.grid")).ToContainTextAsync("09:00–16:00");
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Expect(page.Locator("#rota-csv")).ToBeHiddenAsync();
        await Expect(page.Locator("#replan-title")).ToBeHiddenAsync();
        await fixture.ScreenshotAsync(page, "manager-rota-grid-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        var status = await JourneyData.ReadAsync(fixture.Factory, db => db.Rotas.Where(r => r.Id == rotaId).Select(r => r.Status).FirstAsync());
        Assert.Equal(RotaStatus.Published, status);
    }

    [Fact]
    public async Task Manager_AddsAnAbsence_BadDateShownNextToTheFieldThenSaved()
    {
        if (NotHere())
        {
            return;
        }

        var person = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Listener);
        var page = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await page.GotoAsync(fixture.BaseUrl + "/gestion/equipe");
        await fixture.ScreenshotAsync(page, "manager-staff");
        await page.GetByRole(AriaRole.Link, new() { Name = person.Name, Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(person.Name);

        await page.FillAsync("#From", "14/12/2026");
        await page.FillAsync("#To", "2026-13-40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Expect(page.Locator("#err-to")).ToContainTextAsync("jj/mm/aaaa");
        await Expect(page.Locator("#To")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#From")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await fixture.ScreenshotAsync(page, "manager-person-error");

        await page.FillAsync("#To", "18/12/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Expect(page.Locator(".alert[role=status]")).ToContainTextAsync("Absence ajoutée");
        await Expect(page.Locator("main")).ToContainTextAsync("du 14/12/2026 au 18/12/2026");
        await fixture.ScreenshotAsync(page, "manager-person");
    }

    [Fact]
    public async Task Listener_OnAPhone_FindsTomorrowsShiftAndTheCalendarLink()
    {
        if (NotHere())
        {
            return;
        }

        var me = await JourneyData.ListenerAsync(fixture.Factory);
        var colleague = await JourneyData.PersonAsync(fixture.Factory, StaffRole.Listener, except: me);
        var rotaId = await JourneyData.DraftAsync(fixture.Factory, ThisMonday,
            JourneyData.Shift(me, ThisMonday.PlusDays(3), 13, 20, 16),
            JourneyData.Shift(me, ThisMonday.PlusDays(5), 9, 15),
            JourneyData.Shift(colleague.Id, ThisMonday.PlusDays(3), 9, 17, 12));
        await JourneyData.PublishAsync(fixture.Factory, rotaId);
        var page = await fixture.SignInAsync(Roles.Listener, 375, 812);

        await Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/mes-horaires");
        var tomorrow = page.Locator(".shift-list li.tomorrow");
        await Expect(tomorrow).ToContainTextAsync("Demain");
        await Expect(tomorrow).ToContainTextAsync("jeudi 26/11/2026");
        await Expect(tomorrow).ToContainTextAsync("13:00–20:00");
        // Thursday's 7 h less its 45-minute break, and Saturday's 6 h.
        await Expect(page.Locator("#week-hours")).ToContainTextAsync("Heures payées prévues cette semaine : 12 h 15 (contrat : ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Obtenir le lien de mon agenda" }).ClickAsync();
        var link = await page.GetByLabel("Lien de mon agenda (à copier)").InputValueAsync();
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/calendar/[A-Za-z0-9_-]{40,}\.ics$", link);
        var thursday = page.Locator(".week li", new() { HasText = "jeudi 26/11/2026" }).First;
        await thursday.Locator(".teammates summary").ClickAsync();
        await Expect(thursday.Locator(".teammates")).ToContainTextAsync($"{colleague.Name} · 09:00–17:00");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the page scrolls sideways on a 375-px phone");
        await fixture.ScreenshotAsync(page, "listener-phone");

        var feed = await page.APIRequest.GetAsync(link);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20261126T130000", await feed.TextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("My schedule");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task Listener_AsksForTimeOff_ManagerApprovesAndTheAbsenceIsRecorded()
    {
        if (NotHere())
        {
            return;
        }

        var me = await JourneyData.ListenerAsync(fixture.Factory);
        var listener = await fixture.SignInAsync(Roles.Listener, 375, 812);
        var timeOff = listener.Locator("form:has(#t-from)");
        await timeOff.Locator("#t-from").FillAsync("21/12/2026");
        await timeOff.Locator("#t-to").FillAsync("23/12/2026");
        await timeOff.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Expect(listener.Locator(".alert[role=status]")).ToContainTextAsync("Demande de congé envoyée");
        await Expect(listener.Locator(".requests")).ToContainTextAsync("Congé du 21/12/2026 au 23/12/2026 En attente");

        var manager = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await manager.GotoAsync(fixture.BaseUrl + "/gestion/demandes");
        await fixture.ScreenshotAsync(manager, "manager-requests");
        var request = manager.Locator("form.request", new() { HasText = "du 21/12/2026 au 23/12/2026" });
        await request.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Expect(manager.Locator(".alert[role=status]")).ToContainTextAsync("Demande acceptée");

        var absences = await JourneyData.ReadAsync(fixture.Factory, db => db.Absences.Where(a => a.StaffId == me).Select(a => new { a.From, a.To }).ToListAsync());
        Assert.Contains(absences, a => a.From == new LocalDate(2026, 12, 21) && a.To == new LocalDate(2026, 12, 23));

        // On a phone, the coming absences show the granted one, and the page does not scroll sideways.
        await manager.SetViewportSizeAsync(375, 812);
        await manager.GotoAsync(fixture.BaseUrl + "/gestion/absences");
        await Expect(manager.Locator("#absences tr", new() { HasText = "21/12/2026" })).ToContainTextAsync("demande acceptée");
        Assert.True(await manager.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the coming absences scroll sideways on a 375-px phone");
        await fixture.ScreenshotAsync(manager, "manager-absences-phone");

        // The month's hours, from the home page's link, fit a phone the same way (the table scrolls in its frame).
        await manager.GotoAsync(fixture.BaseUrl + "/gestion");
        await manager.Locator("#hours-link").ClickAsync();
        await Expect(manager.Locator("h1")).ToHaveTextAsync("Heures du mois : novembre 2026");
        Assert.True(await manager.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the month's hours scroll sideways on a 375-px phone");
        await fixture.ScreenshotAsync(manager, "manager-hours-phone");
    }

    [Fact]
    public async Task Listener_AddsAPreference_DayRequiredThenListed()
    {
        if (NotHere())
        {
            return;
        }

        var page = await fixture.SignInAsync(Roles.Listener, 375, 812);
        await page.GetByRole(AriaRole.Link, new() { Name = "modifier" }).ClickAsync();
        await page.SelectOptionAsync("#Kind", "AvoidDay");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Expect(page.Locator("#err-day")).ToContainTextAsync("Faites un choix");

        await page.SelectOptionAsync("#Day", "Sunday");
        await page.SelectOptionAsync("#Weight", "4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Préfère ne pas travailler le dimanche (poids 4/5)");
        await fixture.ScreenshotAsync(page, "listener-preferences-phone");
    }

    [Fact]
    public async Task UnknownPage_ShowsTheFrenchErrorPage_WithoutStackTrace()
    {
        if (NotHere())
        {
            return;
        }

        var page = await fixture.SignInAsync(Roles.Manager, 375, 812);
        var response = await page.GotoAsync(fixture.BaseUrl + "/gestion/nexiste-pas");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page introuvable");
        Assert.DoesNotContain("Exception", await page.ContentAsync(), StringComparison.Ordinal);
        await fixture.ScreenshotAsync(page, "error-404-phone");
    }

    private bool NotHere() => fixture.NotHere(output);

    private Task<LocalTime> EndOfListenerShiftAsync(Guid rotaId, Guid staffId) =>
        JourneyData.ReadAsync(fixture.Factory, db => db.Assignments.Where(a => a.RotaId == rotaId && a.StaffId == staffId).Select(a => a.End).FirstAsync());
}
