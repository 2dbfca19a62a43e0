using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Jobs;
using Scheduler.Api.Startup;
using Scheduler.Solver.Quality;
using Scheduler.Tests.Api;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Mail;

/// <summary>
/// E-mail on: a quality lead or manager turns off the alerts or the Monday report (<c>/api/me/mail</c>,
/// <c>/compte/e-mails</c>); those e-mails then skip them, and only them.
/// </summary>
public sealed class MailChoicesTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public async Task Get_AnAccountThatNeverChose_ReceivesBothAndMailIsOn()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        var choices = await Json.ReadAsync(await client.GetAsync("/api/me/mail"));

        Assert.Equal((true, true, true), (choices.GetProperty("qualityAlerts").GetBoolean(), choices.GetProperty("weeklyReport").GetBoolean(), choices.GetProperty("mailEnabled").GetBoolean()));
        Assert.True(choices.GetProperty("requests").GetBoolean());
    }

    [Fact]
    public async Task RequestsChoice_IsAManagersOnly()
    {
        using var quality = await factory.ClientAsync(Roles.QualityLead);
        using var manager = await factory.ClientAsync(Roles.Manager);

        var qualityChoices = await Json.ReadAsync(await quality.GetAsync("/api/me/mail"));
        using var managerWithout = await manager.PutAsJsonAsync("/api/me/mail", new { qualityAlerts = true, weeklyReport = true });
        using var qualityPage = await factory.CookieClientAsync(Roles.QualityLead);
        var html = await qualityPage.GetStringAsync(MailChoices.PagePath);

        Assert.Equal(JsonValueKind.Null, qualityChoices.GetProperty("requests").ValueKind);
        await Json.AssertProblemNamesAsync(managerWithout, HttpStatusCode.BadRequest, "requests");
        Assert.DoesNotContain("name=\"Requests\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerTurnsRequestsOff_ANewTimeOffRequestIsNotMailedToThem()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var off = await manager.PutAsJsonAsync("/api/me/mail", new { qualityAlerts = true, weeklyReport = true, requests = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        try
        {
            using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-05-03", to = "2027-05-04" });

            Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
            Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.RequestSubmitted && m.Body.Contains("03/05/2027", StringComparison.Ordinal));
        }
        finally
        {
            using var back = await manager.PutAsJsonAsync("/api/me/mail", new { qualityAlerts = true, weeklyReport = true, requests = true });
        }
    }

    [Fact]
    public async Task Put_WithoutWeeklyReport_Is400NamingItAndNothingChanged()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.PutAsJsonAsync("/api/me/mail", new { qualityAlerts = false });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "weeklyReport");
        Assert.True((await Json.ReadAsync(await client.GetAsync("/api/me/mail"))).GetProperty("qualityAlerts").GetBoolean());
    }

    [Fact]
    public async Task QualityLeadTurnsAlertsOff_TheNextAlertGoesToTheManagerOnly_AndTheReportStillToBoth()
    {
        using var client = await factory.ClientAsync(Roles.QualityLead);
        using var put = await client.PutAsJsonAsync("/api/me/mail", new { qualityAlerts = false, weeklyReport = true });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        try
        {
            await RaiseAsync("choices-alert");
            await QueueReportAsync(new LocalDate(2026, 11, 16));

            Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Body.Contains("choices-alert", StringComparison.Ordinal));
            var toManager = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Body.Contains("choices-alert", StringComparison.Ordinal));
            Assert.Contains(MailApiFactory.PublicUrl + "/compte/e-mails", toManager.Body, StringComparison.Ordinal);
            Assert.Single(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Kind == MailKind.WeeklyReport && m.Subject.Contains("16/11/2026", StringComparison.Ordinal));
            Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.WeeklyReport && m.Subject.Contains("16/11/2026", StringComparison.Ordinal));
        }
        finally
        {
            using var back = await client.PutAsJsonAsync("/api/me/mail", new { qualityAlerts = true, weeklyReport = true });
        }
    }

    [Fact]
    public async Task ManagerUnticksTheReportOnThePage_TheReportSkipsThemAndThePageSaysSaved()
    {
        using var page = await factory.CookieClientAsync(Roles.Manager);
        var form = WebUtility.HtmlDecode(await page.GetStringAsync(MailChoices.PagePath));
        Assert.Contains("id=\"WeeklyReport\" name=\"WeeklyReport\" value=\"true\" checked=\"checked\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("aucun serveur d'envoi", form, StringComparison.Ordinal);

        using var saved = await PageForms.PostAsync(page, MailChoices.PagePath, new() { ["QualityAlerts"] = "true" });

        try
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var after = WebUtility.HtmlDecode(await page.GetStringAsync(saved.Headers.Location!.OriginalString));
            Assert.Contains("Vos choix sont enregistrés.", after, StringComparison.Ordinal);
            Assert.Contains("id=\"QualityAlerts\" name=\"QualityAlerts\" value=\"true\" checked=\"checked\"", after, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"WeeklyReport\" name=\"WeeklyReport\" value=\"true\" checked", after, StringComparison.Ordinal);
            await QueueReportAsync(new LocalDate(2026, 11, 23));
            Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Subject.Contains("23/11/2026", StringComparison.Ordinal));
            var toQuality = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Subject.Contains("23/11/2026", StringComparison.Ordinal));
            Assert.Contains("Pour choisir les e-mails que vous recevez : " + MailApiFactory.PublicUrl + "/compte/e-mails", toQuality.Body, StringComparison.Ordinal);
            Assert.Contains("To choose which e-mails you receive: " + MailApiFactory.PublicUrl + "/compte/e-mails", toQuality.Body, StringComparison.Ordinal);
        }
        finally
        {
            using var back = await PageForms.PostAsync(page, MailChoices.PagePath, new() { ["QualityAlerts"] = "true", ["WeeklyReport"] = "true", ["Requests"] = "true" });
        }
    }

    [Fact]
    public async Task Header_LinksTheChoicesForQualityLeadsAndManagersOnly_AndTheListenerIsDenied()
    {
        using var quality = await factory.CookieClientAsync(Roles.QualityLead);
        using var listener = await factory.CookieClientAsync(Roles.Listener);

        var qualityHome = await quality.GetStringAsync("/qualite");
        var listenerHome = await listener.GetStringAsync("/mes-horaires");
        using var denied = await listener.GetAsync(MailChoices.PagePath);

        Assert.Contains("href=\"/compte/e-mails\"", qualityHome, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/compte/e-mails\"", listenerHome, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/acces-refuse", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private Task<bool> RaiseAsync(string key) => factory.InScopeAsync(sp => sp.GetRequiredService<IAlertSink>().RaiseAsync(
        new QualityAlert(key, AlertKinds.ServiceLevel, ApiFactory.Now, Today, new AlertText($"Niveau à 71 % ({key})", $"Level at 71% ({key})")),
        CancellationToken.None));

    private Task<int> QueueReportAsync(LocalDate monday) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Scheduler.Api.Data.SchedulerDbContext>();
            var calls = new ServiceLevelCounts(3, 3, 3, 0, 0, 0, 30, 900, 0, 0);
            var queued = await sp.GetRequiredService<WeeklyReportMail>().QueueAsync(monday, [new PeriodStatistics(PeriodKind.Week, monday, null, calls)], CancellationToken.None);
            await db.SaveChangesAsync();
            return queued;
        });
}
