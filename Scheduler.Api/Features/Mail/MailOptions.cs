namespace Scheduler.Api.Features.Mail;

/// <summary>
/// Settings of the optional e-mail outbox (<c>Mail:*</c>). With no <see cref="Host"/> e-mail is off: nothing is queued
/// and the mail job is not scheduled. <see cref="Password"/> is given by environment only (<c>Mail__Password</c>).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The SMTP server's name; empty = e-mail off (the default).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>The sender, with or without a display name: <c>Ligne 3133 &lt;planning@example.org&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>Sign-in name on the SMTP server; none = no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Sign-in password on the SMTP server: environment only, never in a committed file.</summary>
    public string? Password { get; set; }

    /// <summary>The service's public base URL (<c>https://planning.example.org</c>), for the links in e-mails.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How long the server may take to answer before the attempt fails (connecting, then each command).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary><see cref="PublicUrl"/> without a trailing slash, for building links.</summary>
    public string BaseUrl => PublicUrl?.GetLeftPart(UriPartial.Path).TrimEnd('/') ?? "";
}

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum MailSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which must succeed (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a relay on the same machine or network (and tests).</summary>
    None,
}
