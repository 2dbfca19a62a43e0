using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Api.Startup;
using Scheduler.Solver.Domain;
using Scheduler.Tests.Api;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Mail;

/// <summary>
/// E-mail on, against a real SMTP server: an activation link is queued with its account and delivered by the job with a
/// link that activates the account; a published rota is queued to each person with shifts and an account.
/// </summary>
public sealed class MailOutboxTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    private const string StrongPassword = "Ecoute-3133-nuit";

    [Fact]
    public async Task CreateAccount_MailOn_DeliversALinkThatActivatesTheAccount()
    {
        const string Email = "courrier@3133.example";
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var created = await manager.PostAsJsonAsync("/api/accounts", new { email = Email, role = "QualityLead" });
        var queued = Assert.Single(await factory.OutboxToAsync(Email));
        var result = await factory.SendDueMailAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True((await Json.ReadAsync(created)).GetProperty("emailed").GetBoolean());
        Assert.Equal((MailKind.ActivationLink, 0, ApiFactory.Now), (queued.Kind, queued.Attempts, queued.NextAttemptAt));
        Assert.True(result.Sent >= 1);
        var message = Assert.Single(factory.Smtp.To(Email));
        Assert.Equal("Activez votre compte 3133 Planning / Activate your 3133 Planning account", message.Subject);
        Assert.Equal("planning@3133.example", message.From.Mailboxes.Single().Address);
        var text = message.TextBody ?? "";
        Assert.True(text.IndexOf("Bonjour", StringComparison.Ordinal) < text.IndexOf("Hello", StringComparison.Ordinal), "French first, English below");
        var links = ActivationPage.Links(text);
        var link = Assert.Single(links);
        Assert.StartsWith(MailApiFactory.PublicUrl + "/compte/activer?", link, StringComparison.Ordinal);

        using var activated = await ActivationPage.ChooseAsync(factory, new Uri(link).PathAndQuery, StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        using var signIn = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = Email, password = StrongPassword });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        // The record stays, without the secret.
        var sent = Assert.Single(await factory.OutboxToAsync(Email));
        Assert.Equal((ApiFactory.Now, "", (string?)null), (sent.SentAt, sent.Body, sent.LastError));
        Assert.Equal(message.Subject, sent.Subject);
    }

    [Fact]
    public async Task NewLinkOnTheAccountsPage_MailOn_SaysItWasAlsoEmailed()
    {
        const string Email = "page-courrier@3133.example";
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var created = await PageForms.PostAsync(client, "/gestion/comptes", new() { ["LeadEmail"] = Email }, "/gestion/comptes?handler=Lead");
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());

        Assert.Contains($"Le lien a aussi été envoyé par e-mail à {Email}.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"activation-url\"", html, StringComparison.Ordinal);
        Assert.Equal(MailKind.ActivationLink, Assert.Single(await factory.OutboxToAsync(Email)).Kind);
    }

    [Fact]
    public async Task CreateAccountOnThePersonPage_MailOn_SaysItWasAlsoEmailed()
    {
        const string Email = "fiche-courrier@3133.example";
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var person = await manager.PostAsJsonAsync("/api/staff", new { name = "Par Courrier", role = "Listener", weeklyHours = 24, isTrained = true, channels = new[] { "phone" } });
        var staffId = (await Json.ReadAsync(person)).GetProperty("id").GetGuid();
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var created = await PageForms.PostAsync(client, $"/gestion/equipe/{staffId}", new() { ["AccountEmail"] = Email }, $"/gestion/equipe/{staffId}?handler=Account");
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());

        Assert.Contains($"Le lien a aussi été envoyé par e-mail à {Email}.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"activation-url\"", html, StringComparison.Ordinal);
        Assert.Equal(MailKind.ActivationLink, Assert.Single(await factory.OutboxToAsync(Email)).Kind);
    }

    [Fact]
    public async Task PublishRota_MailOn_QueuesOneMessagePerPersonWithShiftsAndAnAccount()
    {
        var listener = await RotaApi.MyStaffIdAsync(factory);
        var manager = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == PlatformSeeder.ManagerEmail).Select(u => u.StaffId!.Value).SingleAsync());
        var withoutAccount = await factory.InDatabaseAsync(db => db.Staff
            .Where(s => s.Role == StaffRole.Listener && !db.Users.Any(u => u.StaffId == s.Id)).Select(s => s.Id).FirstAsync());
        var before = await factory.InDatabaseAsync(db => db.OutboxMessages.CountAsync());
        var rota = await RotaApi.ImportAsync(
            factory,
            "2026-12-07",
            RotaApi.Shift(listener, "2026-12-09", "13:00", "20:00"),
            RotaApi.Shift(listener, "2026-12-07", "09:00", "17:00", "12:00", "12:30"),
            RotaApi.Shift(manager, "2026-12-08", "09:00", "17:00"),
            RotaApi.Shift(withoutAccount, "2026-12-07", "10:00", "18:00"));

        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(2, (await Json.ReadAsync(published)).GetProperty("emailed").GetInt32());
        Assert.Equal(before + 2, await factory.InDatabaseAsync(db => db.OutboxMessages.CountAsync()));
        var toListener = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.RotaPublished && m.Subject.Contains("07/12/2026", StringComparison.Ordinal));
        Assert.Equal("Planning publié du 07/12/2026 au 13/12/2026 / Rota published from 07/12/2026 to 13/12/2026", toListener.Subject);
        var body = toListener.Body;
        Assert.Contains("Le planning du lundi 07/12/2026 au dimanche 13/12/2026 est publié.", body, StringComparison.Ordinal);
        var monday = body.IndexOf("- lundi 07/12 : 09:00–17:00 (pause 12:00–12:30)", StringComparison.Ordinal);
        var wednesday = body.IndexOf("- mercredi 09/12 : 13:00–20:00", StringComparison.Ordinal);
        Assert.True(monday >= 0 && wednesday > monday, body);
        Assert.Contains("- Monday 07/12: 09:00–17:00 (break 12:00–12:30)", body, StringComparison.Ordinal);
        Assert.Contains(MailApiFactory.PublicUrl + "/mes-horaires", body, StringComparison.Ordinal);
        Assert.DoesNotContain("mardi 08/12", body, StringComparison.Ordinal);
        var toManager = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.RotaPublished && m.Subject.Contains("07/12/2026", StringComparison.Ordinal));
        Assert.Contains("- mardi 08/12 : 09:00–17:00", toManager.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("lundi 07/12 :", toManager.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepublishRota_MailOn_TellsOnlyThePeopleWhoseShiftsChangedWhatChanged()
    {
        var listener = await RotaApi.MyStaffIdAsync(factory);
        var manager = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == PlatformSeeder.ManagerEmail).Select(u => u.StaffId!.Value).SingleAsync());
        var first = await RotaApi.ImportAsync(
            factory,
            "2026-12-14",
            RotaApi.Shift(listener, "2026-12-14", "09:00", "17:00", "12:00", "12:30"),
            RotaApi.Shift(listener, "2026-12-16", "13:00", "20:00"),
            RotaApi.Shift(manager, "2026-12-15", "09:00", "17:00"));
        using (var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(first)))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var before = await factory.InDatabaseAsync(db => db.OutboxMessages.CountAsync());
        // The re-plan: the listener's Monday goes, Wednesday moves and Friday is new; the manager's week is the same.
        var second = await RotaApi.ImportAsync(
            factory,
            "2026-12-14",
            RotaApi.Shift(listener, "2026-12-16", "09:00", "15:00"),
            RotaApi.Shift(listener, "2026-12-18", "10:00", "16:00"),
            RotaApi.Shift(manager, "2026-12-15", "09:00", "17:00"));

        using var republished = await RotaApi.PublishAsync(factory, RotaApi.RotaId(second));

        Assert.Equal(HttpStatusCode.OK, republished.StatusCode);
        Assert.Equal(before + 1, await factory.InDatabaseAsync(db => db.OutboxMessages.CountAsync()));
        var changed = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.RotaChanged);
        Assert.Equal("Planning modifié du 14/12/2026 au 20/12/2026 / Rota changed from 14/12/2026 to 20/12/2026", changed.Subject);
        var body = changed.Body;
        string[] inOrder =
        [
            "Le planning du lundi 14/12/2026 au dimanche 20/12/2026 a été modifié.",
            "- lundi 14/12 : service 09:00–17:00 (pause 12:00–12:30) supprimé",
            "- mercredi 16/12 : 13:00–20:00 devient 09:00–15:00",
            "- vendredi 18/12 : nouveau service 10:00–16:00",
            "Vos services sur la période, désormais :",
            "- mercredi 16/12 : 09:00–15:00",
            "- vendredi 18/12 : 10:00–16:00",
            "- Wednesday 16/12: 13:00–20:00 becomes 09:00–15:00",
        ];
        var positions = inOrder.Select(line => body.IndexOf(line, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0) && positions.SequenceEqual(positions.Order()), body);
        Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.RotaChanged);
    }

    [Fact]
    public async Task PublishOnTheRotaPage_MailOn_SaysHowManyPeopleWereTold()
    {
        var listener = await RotaApi.MyStaffIdAsync(factory);
        var rota = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2026-12-28", RotaApi.Shift(listener, "2026-12-29", "09:00", "17:00", "12:00", "12:30")));
        var version = await factory.InDatabaseAsync(db => db.Rotas.Where(r => r.Id == rota).Select(r => r.Version).SingleAsync());
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var published = await PageForms.PostAsync(
            client, $"/gestion/plannings/{rota}", new() { ["Version"] = version.ToString(), ["OverrideReason"] = RotaApi.HandMadeRota }, $"/gestion/plannings/{rota}?handler=Publish&semaine=0");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(published.Headers.Location!.OriginalString));

        Assert.Contains("Planning publié : les écoutant·e·s le voient. 1 personne(s) prévenue(s) par e-mail.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishRotaOfAPastWeek_MailOn_TellsNobody()
    {
        var listener = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-11-09", RotaApi.Shift(listener, "2026-11-10", "09:00", "17:00", "12:00", "12:30"));

        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(0, (await Json.ReadAsync(published)).GetProperty("emailed").GetInt32());
        Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Subject.Contains("09/11/2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusedRecipient_FailsAloneAndTheOthersAreDelivered()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var refused = await manager.PostAsJsonAsync("/api/accounts", new { email = "refuse-moi@3133.example", role = "QualityLead" });
        using var accepted = await manager.PostAsJsonAsync("/api/accounts", new { email = "accepte@3133.example", role = "QualityLead" });

        await factory.SendDueMailAsync();

        var failed = Assert.Single(await factory.OutboxToAsync("refuse-moi@3133.example"));
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Single(factory.Smtp.To("accepte@3133.example"));
        Assert.NotNull(Assert.Single(await factory.OutboxToAsync("accepte@3133.example")).SentAt);
    }

    [Fact]
    public async Task MailJob_MailOn_IsScheduledEveryMinute()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var triggers = await scheduler.GetTriggersOfJob(MailOutboxJob.Key);

        var trigger = Assert.IsType<ICronTrigger>(Assert.Single(triggers), exactMatch: false);
        Assert.Equal(MailOutboxJob.EveryMinuteCron, trigger.CronExpressionString);
    }


}
