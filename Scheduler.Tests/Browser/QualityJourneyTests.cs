using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Api.Web;
using Scheduler.Tests.Api;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Scheduler.Tests.Browser;

/// <summary>
/// The quality lead's journeys in a real Chromium against the real service: the e-mail choices from a phone, and
/// yesterday's report with its export and an alert acknowledged. "Today" is Wednesday 25/11/2026 (the factory's clock).
/// </summary>
public sealed class QualityJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
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

    private bool NotHere() => fixture.NotHere(output);
}
