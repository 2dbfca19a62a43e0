using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Jobs;

/// <summary>One SMTP session of a mail job run (MailKit): connected once, reused for every message, closed at the end.</summary>
public sealed class SmtpConnection(MailOptions options) : IAsyncDisposable
{
    /// <summary>A server that does not answer fails the attempt in <see cref="MailOptions.TimeoutSeconds"/> rather than holding the job.</summary>
    private readonly SmtpClient _client = new() { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };

    /// <summary>False before the first message, and after the server could not be reached or dropped the connection.</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Connects (and signs in when a user name is set) unless already connected.</summary>
    public async Task ConnectAsync(CancellationToken ct)
    {
        if (_client.IsConnected)
        {
            return;
        }

        var security = options.Security switch
        {
            MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            MailSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await _client.ConnectAsync(options.Host ?? "", options.Port, security, ct);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await _client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
        }
    }

    /// <summary>Sends one message as plain text, dated <paramref name="now"/>; throws when the server refuses it.</summary>
    public async Task SendAsync(OutboxMessageEntity message, Instant now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = now.ToDateTimeOffset(),
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(MailboxAddress.Parse(options.From ?? ""));
        mime.To.Add(MailboxAddress.Parse(message.To));
        await ConnectAsync(ct);
        await _client.SendAsync(mime, ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException)
        {
            // The messages are sent and recorded; a server that drops the connection on QUIT changes nothing.
        }
        finally
        {
            _client.Dispose();
        }
    }
}
