using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// Queues e-mails in the outbox table. A message is only added to the context, never saved here: the caller's
/// SaveChanges stores it with the change it reports, so there is no message without its change, nor the reverse.
/// The mail job (<see cref="Jobs.MailOutboxRunner"/>) sends it later.
/// </summary>
public sealed class MailOutbox(SchedulerDbContext db, IOptions<MailOptions> options, IClock clock)
{
    /// <summary>Whether e-mail is on (<c>Mail:Host</c> set); when off, nothing is ever queued.</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>The service's public base URL without a trailing slash, for links in e-mails; empty when e-mail is off.</summary>
    public string PublicUrl => options.Value.BaseUrl;

    /// <summary>The SMTP server as the settings name it ("smtp.example.org:587"), for managers to check.</summary>
    public string Server => $"{options.Value.Host}:{options.Value.Port}";

    /// <summary>When the last message was delivered to the server; null before the first.</summary>
    public async Task<Instant?> LastSentAsync(CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.SentAt != null).MaxAsync(m => m.SentAt, ct);

    /// <summary>Adds one message to the context; false (and nothing added) when e-mail is off.</summary>
    public bool Queue(MailKind kind, string to, MailText text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentNullException.ThrowIfNull(text);
        if (!Enabled)
        {
            return false;
        }

        var now = clock.GetCurrentInstant();
        db.OutboxMessages.Add(new OutboxMessageEntity
        {
            Id = Guid.NewGuid(),
            To = to,
            Subject = text.Subject,
            Body = text.Body,
            Kind = kind,
            CreatedAt = now,
            NextAttemptAt = now,
        });
        return true;
    }

    /// <summary>
    /// Who of <paramref name="staffIds"/> can be written to: an account with an e-mail address that is not closed (a
    /// closed account cannot sign in to see what the message is about). Empty when e-mail is off.
    /// </summary>
    public async Task<IReadOnlyList<MailRecipient>> RecipientsAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(staffIds);
        return Enabled && staffIds.Count > 0
            ? await OpenAccountsAsync(db.Users.Where(u => u.StaffId != null && staffIds.Contains(u.StaffId.Value)), ct)
            : [];
    }

    /// <summary>
    /// Queues <paramref name="text"/> to every open account of a quality lead or a manager, the people who act on the
    /// service's quality (alerts, reports), unless they turned this kind off (<see cref="MailChoices"/>); how many.
    /// Nothing when e-mail is off.
    /// </summary>
    public Task<int> QueueToQualityAsync(MailKind kind, MailText text, CancellationToken ct) =>
        QueueToRolesAsync([Roles.QualityLead, Roles.Manager], kind, text, ct);

    /// <summary>Queues <paramref name="text"/> to every open account of a manager who did not turn this kind off; how many.</summary>
    public Task<int> QueueToManagersAsync(MailKind kind, MailText text, CancellationToken ct) =>
        QueueToRolesAsync([Roles.Manager], kind, text, ct);

    private async Task<int> QueueToRolesAsync(string[] roles, MailKind kind, MailText text, CancellationToken ct)
    {
        if (!Enabled)
        {
            return 0;
        }

        var inRoles = from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id where roles.Contains(role.Name!) select link.UserId;
        var people = await OpenAccountsAsync(db.Users.Where(u => inRoles.Contains(u.Id)).Where(MailChoices.Wanting(kind)), ct);
        foreach (var person in people)
        {
            Queue(kind, person.Email, text);
        }

        return people.Count;
    }

    /// <summary>The accounts of <paramref name="users"/> with an address and not closed, named after their staff record.</summary>
    private async Task<IReadOnlyList<MailRecipient>> OpenAccountsAsync(IQueryable<SchedulerUser> users, CancellationToken ct)
    {
        var open = (await users.AsNoTracking().Where(u => u.Email != null).ToListAsync(ct)).Where(u => !u.IsClosed).ToList();
        var staffIds = open.Where(u => u.StaffId != null).Select(u => u.StaffId!.Value).ToList();
        var names = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. open.Select(u => new MailRecipient(u.StaffId ?? Guid.Empty, u.Email!, u.StaffId is { } id ? names.GetValueOrDefault(id, "") : ""))];
    }

    /// <summary>The messages not sent after at least one attempt (given up or waiting to try again), newest first.</summary>
    public async Task<IReadOnlyList<UndeliveredMail>> UndeliveredAsync(CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.Attempts > 0)
            .OrderByDescending(m => m.CreatedAt)
            .Take(50)
            .Select(m => new UndeliveredMail(m.To, m.Subject, m.Kind, m.Attempts, m.LastError ?? "", m.GaveUp, m.NextAttemptAt))
            .ToListAsync(ct);
}

/// <summary>A person who can be written to: their staff record (empty for a quality lead), their account's address and their name.</summary>
public sealed record MailRecipient(Guid StaffId, string Email, string Name);

/// <summary>An e-mail's subject and plain-text body.</summary>
public sealed record MailText(string Subject, string Body);

/// <summary>A message the job could not send, for managers to act on (hand the link over by hand).</summary>
public sealed record UndeliveredMail(string To, string Subject, MailKind Kind, int Attempts, string LastError, bool GaveUp, Instant NextAttemptAt);
