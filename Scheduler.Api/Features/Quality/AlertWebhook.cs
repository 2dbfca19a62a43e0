using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Scheduler.Api.Features.Quality;

/// <summary>Settings of the optional alert webhook (<c>Alerts:*</c>).</summary>
public sealed class AlertWebhookOptions
{
    /// <summary>Absolute http(s) URL that receives each new alert as a JSON POST; none = no webhook.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Attempts per alert before giving up (the alert stays stored and listed).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the second attempt; doubled after each failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public bool IsValid() =>
        MaxAttempts is >= 1 and <= 20 && FirstRetryDelay >= TimeSpan.Zero
        && (WebhookUrl is null || (WebhookUrl.IsAbsoluteUri && WebhookUrl.Scheme is "http" or "https"));
}

/// <summary>New alerts waiting to be posted; bounded, so a long webhook outage cannot grow memory without limit.</summary>
public sealed class AlertWebhookOutbox
{
    private readonly Channel<AlertResponse> _queue = Channel.CreateBounded<AlertResponse>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public ChannelReader<AlertResponse> Reader => _queue.Reader;

    public void Enqueue(AlertResponse alert) => _queue.Writer.TryWrite(alert);
}

/// <summary>Posts queued alerts to the configured URL, retrying with exponential backoff; failures are logged, never thrown.</summary>
public sealed partial class AlertWebhookSender(
    AlertWebhookOutbox queue,
    IHttpClientFactory clients,
    IOptions<AlertWebhookOptions> options,
    IOptions<JsonOptions> json,
    ILogger<AlertWebhookSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var alert in queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (options.Value.WebhookUrl is { } url)
            {
                await SendAsync(url, alert, stoppingToken);
            }
        }
    }

    public async Task<bool> SendAsync(Uri url, AlertResponse alert, CancellationToken cancellationToken)
    {
        var delay = options.Value.FirstRetryDelay;
        for (var attempt = 1; attempt <= options.Value.MaxAttempts; attempt++)
        {
            try
            {
                using var client = clients.CreateClient(nameof(AlertWebhookSender));
                using var response = await client.PostAsJsonAsync(url, alert, json.Value.SerializerOptions, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }

                LogFailure(logger, alert.Key, attempt, $"HTTP {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogFailure(logger, alert.Key, attempt, e.Message);
            }

            if (attempt < options.Value.MaxAttempts)
            {
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }

        LogGaveUp(logger, alert.Key, options.Value.MaxAttempts);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert webhook: attempt {Attempt} for {Key} failed: {Reason}")]
    private static partial void LogFailure(ILogger logger, string key, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert webhook: gave up on {Key} after {Attempts} attempts; the alert stays stored")]
    private static partial void LogGaveUp(ILogger logger, string key, int attempts);
}
