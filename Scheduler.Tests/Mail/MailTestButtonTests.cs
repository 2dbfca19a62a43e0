using System.Net;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Startup;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Mail;

/// <summary>E-mail on: the accounts page says which server sends, and a manager can send themselves a test e-mail.</summary>
public sealed class MailTestButtonTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    [Fact]
    public async Task TestButton_SendsAMessageToTheManagerAndThePageSaysWhenMailLastWent()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/gestion/comptes"));

        using var posted = await PageForms.PostAsync(client, "/gestion/comptes", [], "/gestion/comptes?handler=TestMail");
        var queued = WebUtility.HtmlDecode(await client.GetStringAsync(posted.Headers.Location!.OriginalString));
        await factory.SendDueMailAsync();
        var after = WebUtility.HtmlDecode(await client.GetStringAsync("/gestion/comptes"));

        Assert.Contains($"Les e-mails partent par 127.0.0.1:{factory.Smtp.Port}, chaque minute.", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains($"Un e-mail d'essai part vers {PlatformSeeder.ManagerEmail} dans la minute.", queued, StringComparison.Ordinal);
        var message = Assert.Single(factory.Smtp.To(PlatformSeeder.ManagerEmail), m => m.Subject?.StartsWith("E-mail d'essai", StringComparison.Ordinal) == true);
        Assert.Contains($"Cet e-mail d'essai est passé par 127.0.0.1:{factory.Smtp.Port}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Dernier e-mail remis au serveur le 25/11/2026", after, StringComparison.Ordinal);
        Assert.Contains(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.Test && m.SentAt is not null);
    }
}
