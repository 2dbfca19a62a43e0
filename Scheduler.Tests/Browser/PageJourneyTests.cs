using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;
using Scheduler.Tests.Api;
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
        await Expect(page.Locator(".alert")).ToContainTextAsync("Service enregistré");
        Assert.Equal(new LocalTime(16, 0), await EndOfListenerShiftAsync(rotaId, listener.Id));

        // Two people cannot cover a week: publishing without a reason is refused next to the field, then accepted with one.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le planning" }).ClickAsync();
        await Expect(page.Locator("#err-override")).ToContainTextAsync("Motif obligatoire");
        await page.GetByLabel("Motif de dérogation").FillAsync("Essai : planning partiel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le planning" }).ClickAsync();
        await Expect(page.Locator(".alert")).ToContainTextAsync("Planning publié");
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
        await Expect(page.Locator(".alert")).ToContainTextAsync("Absence ajoutée");
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
            JourneyData.Shift(colleague.Id, ThisMonday.PlusDays(4), 9, 17, 12));
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
        await Expect(listener.Locator(".alert")).ToContainTextAsync("Demande de congé envoyée");
        await Expect(listener.Locator(".requests")).ToContainTextAsync("Congé du 21/12/2026 au 23/12/2026 En attente");

        var manager = await fixture.SignInAsync(Roles.Manager, 1280, 900);
        await manager.GotoAsync(fixture.BaseUrl + "/gestion/demandes");
        await fixture.ScreenshotAsync(manager, "manager-requests");
        var request = manager.Locator("form.request", new() { HasText = "du 21/12/2026 au 23/12/2026" });
        await request.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Expect(manager.Locator(".alert")).ToContainTextAsync("Demande acceptée");

        var absences = await JourneyData.ReadAsync(fixture.Factory, db => db.Absences.Where(a => a.StaffId == me).Select(a => new { a.From, a.To }).ToListAsync());
        Assert.Contains(absences, a => a.From == new LocalDate(2026, 12, 21) && a.To == new LocalDate(2026, 12, 23));
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
    public async Task QualityLead_OnAPhone_TurnsTheAlertEmailsOffFromTheHeader()
    {
        if (NotHere())
        {
            return;
        }

        var page = await fixture.SignInAsync(Roles.QualityLead, 375, 812);
        await page.GetByRole(AriaRole.Link, new() { Name = "E-mails", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mes e-mails");
        await page.GetByLabel("chaque nouvelle alerte qualité").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Vos choix sont enregistrés.");
        await Expect(page.GetByLabel("chaque nouvelle alerte qualité")).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel("le rapport de niveau de service")).ToBeCheckedAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the e-mail choices scroll sideways on a 375-px phone");
        await fixture.ScreenshotAsync(page, "mail-choices-phone");
        var email = fixture.Factory.DemoAccounts[Roles.QualityLead].Email;
        Assert.True(await JourneyData.ReadAsync(fixture.Factory, db => db.Users.Where(u => u.Email == email).Select(u => u.AlertMailOff).SingleAsync()));
    }

    [Fact]
    public async Task QualityLead_OpensYesterdaysReportAndExportsIt_CsvHoldsTheDay()
    {
        if (NotHere())
        {
            return;
        }

        // Yesterday (Tuesday 24/11/2026 for the fake clock): four calls at 10:00 Paris, three answered within 60 s, one
        // abandoned after 40 s, imported through the API and turned into half-hour statistics by the SLA job's runner.
        using var manager = await fixture.Factory.ClientAsync(Roles.Manager);
        var csv = "call_id,channel,offered_at,answered_at,ended_at,listener_id\n"
            + "y-1,phone,2026-11-24T10:00:00+01:00,2026-11-24T10:00:10+01:00,2026-11-24T10:12:00+01:00,L1\n"
            + "y-2,phone,2026-11-24T10:01:00+01:00,2026-11-24T10:01:20+01:00,2026-11-24T10:15:00+01:00,L2\n"
            + "y-3,phone,2026-11-24T10:02:00+01:00,2026-11-24T10:02:30+01:00,2026-11-24T10:20:00+01:00,L1\n"
            + "y-4,phone,2026-11-24T10:03:00+01:00,,2026-11-24T10:03:40+01:00,\n";
        using var import = await manager.PostAsync("/api/calls/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SlaComplianceRunner>().RunAsync(CancellationToken.None);
        }

        var page = await fixture.SignInAsync(Roles.QualityLead, 1280, 900);
        await Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/qualite");
        await page.SelectOptionAsync("#periode", nameof(QualityRange.Last7Days));
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Expect(page.Locator("svg.chart")).ToHaveCountAsync(6);
        await Expect(page.Locator("svg.chart line.chart-target")).ToHaveCountAsync(6);
        await fixture.ScreenshotAsync(page, "quality-dashboard");

        // The period table's export link, fetched with the page's own cookies (what a click downloads).
        var href = await page.GetAttributeAsync("a[href*='table=periode']", "href");
        var export = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, export.Status);
        Assert.StartsWith("attachment", export.Headers["content-disposition"], StringComparison.Ordinal);
        var lines = (await export.TextAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Yesterday: 4 offered, 3 of 4 within target (75 %), 1 of 4 abandoned (25 %).
        var yesterday = Assert.Single(lines, l => l.StartsWith("24/11", StringComparison.Ordinal));
        Assert.Equal(["24/11", "4", "75", "25"], yesterday.TrimEnd('\r').Split(',')[..4]);

        // An alert the jobs raised (4 calls are too few for the SLA job's own): acknowledged from the page, it leaves the open list.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            db.Alerts.Add(new AlertEntity { Key = "journey", Kind = AlertKinds.ServiceLevel, Date = new LocalDate(2026, 11, 24), Details = "Niveau de service phone du 24/11/2026 : 75 %.", RaisedAt = ApiFactory.Now });
            await db.SaveChangesAsync();
        }

        await page.ReloadAsync();
        var open = page.Locator("#open-alerts tbody tr");
        var before = await open.CountAsync();
        await open.Filter(new() { HasText = "Niveau de service sous l'objectif" }).Locator("button").ClickAsync();
        await Expect(page.Locator(".alert.success")).ToContainTextAsync("Alerte acquittée");
        await Expect(page.Locator("#open-alerts tbody tr")).ToHaveCountAsync(before - 1);
        await Expect(page.Locator("#acknowledged-alerts")).ToContainTextAsync("Niveau de service sous l'objectif");
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
