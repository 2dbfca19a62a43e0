using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Time;

namespace Scheduler.Tests.Api;

/// <summary>The alert webhook against a real HTTP listener on the loopback interface.</summary>
public sealed class AlertWebhookTests
{
    private static readonly AlertResponse Alert = new(
        Guid.NewGuid(), "service-level:2026-11-24:phone", "service-level", Instant.FromUtc(2026, 11, 25, 9, 0), new LocalDate(2026, 11, 24),
        "Niveau de service (téléphone) du 24/11/2026 : 70 %.", "Service level (phone) on 24/11/2026: 70 %.", "phone", null, null, null);

    private static AlertWebhookSender Sender(int attempts)
    {
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var json = new JsonOptions();
        ApiJson.Configure(json.SerializerOptions);
        var options = new AlertWebhookOptions { MaxAttempts = attempts, FirstRetryDelay = TimeSpan.FromMilliseconds(20) };
        return new AlertWebhookSender(new AlertWebhookOutbox(), services.GetRequiredService<IHttpClientFactory>(),
            Options.Create(options), Options.Create(json), NullLogger<AlertWebhookSender>.Instance);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    [Fact]
    public async Task SendAsync_ServerFailsTwice_RetriesAndDeliversTheAlertAsJson()
    {
        var url = $"http://127.0.0.1:{FreePort()}/hook/";
        using var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        var bodies = new List<string>();
        var server = Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                var context = await listener.GetContextAsync();
                using (var reader = new StreamReader(context.Request.InputStream))
                {
                    bodies.Add(await reader.ReadToEndAsync());
                }

                context.Response.StatusCode = i < 2 ? 503 : 204;
                context.Response.Close();
            }
        });

        var delivered = await Sender(5).SendAsync(new Uri(url), Alert, CancellationToken.None);
        await server.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(delivered);
        Assert.Equal(3, bodies.Count);
        Assert.All(bodies, b => Assert.Contains("\"key\":\"service-level:2026-11-24:phone\"", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_NobodyListening_GivesUpAfterTheAttemptsWithoutThrowing()
    {
        var delivered = await Sender(2).SendAsync(new Uri($"http://127.0.0.1:{FreePort()}/hook"), Alert, CancellationToken.None);

        Assert.False(delivered);
    }
}
