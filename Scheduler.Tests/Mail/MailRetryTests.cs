using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Mail;

/// <summary>
/// The SMTP server down: the message is kept and tried again after the backoff, delivered once the server is back and
/// the time has come, and given up (its body, a secret, emptied) after the maximum attempts, which managers then see.
/// </summary>
public sealed class MailRetryTests
{
    [Fact]
    public async Task ServerDown_MessageKeptForLater_ThenDeliveredWhenTheServerIsBackAndTheTimeHasCome()
    {
        await using var factory = new MailApiFactory(startSmtp: false);
        const string Email = "patient@3133.example";
        await CreateAccountAsync(factory, Email);

        var down = await factory.SendDueMailAsync();
        var kept = Assert.Single(await factory.OutboxToAsync(Email));
        factory.Smtp.Start();
        var tooEarly = await factory.SendDueMailAsync();
        factory.Clock.Advance(Duration.FromMinutes(1));
        var due = await factory.SendDueMailAsync();

        Assert.Equal(new MailRunResult(0, 1), down);
        Assert.Equal(1, kept.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(kept.LastError));
        Assert.DoesNotContain(" at ", kept.LastError, StringComparison.Ordinal); // a message, not a stack trace
        Assert.Equal(ApiFactory.Now + Duration.FromMinutes(1), kept.NextAttemptAt);
        Assert.Null(kept.SentAt);
        Assert.Contains("/compte/activer?", kept.Body, StringComparison.Ordinal);
        Assert.Equal(new MailRunResult(0, 0), tooEarly);
        Assert.Equal(new MailRunResult(1, 0), due);
        Assert.Single(factory.Smtp.To(Email));
        var sent = Assert.Single(await factory.OutboxToAsync(Email));
        Assert.Equal((1, ApiFactory.Now + Duration.FromMinutes(1), ""), (sent.Attempts, sent.SentAt, sent.Body));
    }

    [Fact]
    public async Task ServerDown_MaximumAttempts_GivesUpEmptiesTheBodyAndManagersSeeIt()
    {
        await using var factory = new MailApiFactory(startSmtp: false);
        const string Email = "jamais@3133.example";
        await CreateAccountAsync(factory, Email);

        var waits = new List<Duration>();
        for (var attempt = 1; attempt <= MailRetrySchedule.MaxAttempts; attempt++)
        {
            Assert.Equal(new MailRunResult(0, 1), await factory.SendDueMailAsync());
            var message = Assert.Single(await factory.OutboxToAsync(Email));
            waits.Add(message.NextAttemptAt - factory.Clock.GetCurrentInstant());
            factory.Clock.Advance(Duration.FromHours(1));
        }

        var gaveUp = Assert.Single(await factory.OutboxToAsync(Email));
        Assert.Equal((MailRetrySchedule.MaxAttempts, true, "", (Instant?)null), (gaveUp.Attempts, gaveUp.GaveUp, gaveUp.Body, gaveUp.SentAt));
        Assert.Equal([1, 5, 15, 60, 60, 60, 60, 60, 60], waits.Take(9).Select(w => (int)w.TotalMinutes));
        factory.Smtp.Start();
        Assert.Equal(new MailRunResult(0, 0), await factory.SendDueMailAsync());
        Assert.Empty(factory.Smtp.Received);

        using var client = await factory.CookieClientAsync(Roles.Manager);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/gestion/comptes"));
        Assert.Contains("E-mails non remis", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{Email}</th>", html, StringComparison.Ordinal);
        Assert.Contains("abandonné", html, StringComparison.Ordinal);
        Assert.Contains(gaveUp.LastError!, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerSilent_TheMessagesLeftFailTogetherAfterOneWait()
    {
        // A server that takes the connection and never answers: each wait on it lasts the timeout.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var connections = new List<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    var connection = await silent.AcceptTcpClientAsync();
                    lock (connections)
                    {
                        connections.Add(connection);
                    }
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    return;
                }
            }
        });
        await using var factory = new MailApiFactory(startSmtp: false, port: ((IPEndPoint)silent.LocalEndpoint).Port, timeoutSeconds: 1);
        string[] emails = ["silence-1@3133.example", "silence-2@3133.example", "silence-3@3133.example"];
        foreach (var email in emails)
        {
            await CreateAccountAsync(factory, email);
        }

        var run = await factory.SendDueMailAsync();

        Assert.Equal(new MailRunResult(0, 3), run);
        lock (connections)
        {
            // Before, each message waited on the server in turn: three connections, three timeouts.
            Assert.Single(connections);
            connections.ForEach(c => c.Dispose());
        }

        foreach (var email in emails)
        {
            var kept = Assert.Single(await factory.OutboxToAsync(email));
            Assert.Equal((1, ApiFactory.Now + Duration.FromMinutes(1)), (kept.Attempts, kept.NextAttemptAt));
        }

        silent.Stop();
        await accepting;
    }

    [Fact]
    public async Task MailRun_RecordsOlderThanTheRetention_AreDeletedAndWaitingMessagesKept()
    {
        await using var factory = new MailApiFactory();
        var now = factory.Clock.GetCurrentInstant();
        var old = now - MailOutboxRetention.Kept - Duration.FromDays(1);
        var recent = now - Duration.FromDays(10);
        await factory.InDatabaseAsync(async db =>
        {
            db.OutboxMessages.AddRange(
                Record("sent-long-ago", old, sentAt: old, gaveUp: false),
                Record("sent-lately", recent, sentAt: recent, gaveUp: false),
                Record("given-up-long-ago", old, sentAt: null, gaveUp: true),
                Record("still-waiting", old, sentAt: null, gaveUp: false, next: now + Duration.FromHours(1)));
            return await db.SaveChangesAsync();
        });

        await factory.SendDueMailAsync();

        var left = await factory.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.To.EndsWith("@retention.example")).Select(m => m.To).ToListAsync());
        Assert.Equal(["sent-lately@retention.example", "still-waiting@retention.example"], left.Order());
    }

    private static OutboxMessageEntity Record(string name, Instant created, Instant? sentAt, bool gaveUp, Instant? next = null) => new()
    {
        Id = Guid.NewGuid(), To = $"{name}@retention.example", Subject = name, Kind = MailKind.Test, CreatedAt = created,
        NextAttemptAt = next ?? created, SentAt = sentAt, GaveUp = gaveUp, Attempts = gaveUp ? MailRetrySchedule.MaxAttempts : 1,
    };

    private static async Task CreateAccountAsync(MailApiFactory factory, string email)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var created = await manager.PostAsJsonAsync("/api/accounts", new { email, role = "QualityLead" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True((await Json.ReadAsync(created)).GetProperty("emailed").GetBoolean());
    }
}
