using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Scheduler.Api.Auth;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Mail;

/// <summary>E-mail off (no <c>Mail:Host</c>, the default): nothing is queued, the answers say so, and no mail job is scheduled.</summary>
public sealed class MailOffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task CreateAccountAndPublish_MailOff_QueueNothingAndSayNotEmailed()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/accounts", new { email = "sans-courrier@3133.example", role = "QualityLead" });
        var listener = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-12-14", RotaApi.Shift(listener, "2026-12-14", "09:00", "17:00"));
        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await Json.ReadAsync(created);
        Assert.False(answer.GetProperty("emailed").GetBoolean());
        Assert.StartsWith("http://localhost/compte/activer?", answer.GetProperty("activationUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(0, await factory.InDatabaseAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task ChoicesPage_MailOff_SaysTheChoicesWaitForIt()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/compte/e-mails"));

        Assert.Contains("Ce service n'envoie pas d'e-mails pour l'instant (aucun serveur d'envoi n'est configuré)", html, StringComparison.Ordinal);
        Assert.Contains("id=\"QualityAlerts\" name=\"QualityAlerts\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_MailOff_SaysToAskAManager()
    {
        using var anonymous = factory.CreateClient();

        using var asked = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = "quelqu-un@3133.example" });
        var signInPage = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/connexion"));
        var forgotPage = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/compte/mot-de-passe-oublie"));

        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Equal("MailOff", (await Json.ReadAsync(asked)).GetProperty("title").GetString());
        const string AskAManager = "Mot de passe oublié ou premier accès : demandez un lien d'activation à votre responsable.";
        Assert.Contains(AskAManager, signInPage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/compte/mot-de-passe-oublie\"", signInPage, StringComparison.Ordinal);
        Assert.Contains(AskAManager, forgotPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Email\"", forgotPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailJob_MailOff_IsNotScheduled()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.Null(await scheduler.GetJobDetail(MailOutboxJob.Key));
    }
}
