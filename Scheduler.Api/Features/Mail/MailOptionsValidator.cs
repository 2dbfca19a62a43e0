using Microsoft.Extensions.Options;
using MimeKit;

namespace Scheduler.Api.Features.Mail;

/// <summary>Checks <see cref="MailOptions"/> at start; each message names the key to fix (<c>Mail:From</c>, …).</summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>What is wrong, one sentence per key; none when e-mail is off.</summary>
    public static IReadOnlyList<string> Problems(MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!options.Enabled)
        {
            return problems;
        }

        const string Prefix = MailOptions.Section + ":";
        if (options.Port is < 1 or > 65535)
        {
            problems.Add($"{Prefix}Port must be between 1 and 65535 (587 for STARTTLS, 465 for SslOnConnect).");
        }

        if (options.TimeoutSeconds is < 1 or > 300)
        {
            problems.Add($"{Prefix}TimeoutSeconds must be between 1 and 300 (30 by default).");
        }

        if (string.IsNullOrWhiteSpace(options.From))
        {
            problems.Add($"{Prefix}From is required when {Prefix}Host is set: the sender, e.g. \"Ligne 3133 <planning@example.org>\".");
        }
        else if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"{Prefix}From \"{options.From}\" is not an e-mail address, e.g. \"Ligne 3133 <planning@example.org>\".");
        }

        if (options.PublicUrl is not { IsAbsoluteUri: true, Scheme: "http" or "https" })
        {
            problems.Add($"{Prefix}PublicUrl is required when {Prefix}Host is set: the service's absolute http(s) address, e.g. \"https://planning.example.org\", for the links in e-mails.");
        }

        return problems;
    }
}
