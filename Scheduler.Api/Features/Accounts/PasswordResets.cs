using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Features.Accounts;

/// <summary>
/// A forgotten password, from the sign-in page: the person asks a link to choose a new one, and it goes by e-mail to the
/// account's own address only, so whoever asks learns nothing of which addresses have an account. The link is the
/// activation page's (Identity's password-reset token, <see cref="AccountInvitations.LinkLifetime"/>, once); choosing the
/// password ends the account's other sign-ins. Asking changes nothing on the account (its security stamp stays), so
/// nobody can sign someone out by asking in their name; and one link per address per <see cref="Interval"/>, so nobody
/// can fill a mailbox with them. Needs e-mail: without it, a manager hands a new activation link over.
/// </summary>
public sealed class PasswordResets(UserManager<SchedulerUser> users, SchedulerDbContext db, MailOutbox outbox, IClock clock)
{
    /// <summary>At most one link to an address in this time.</summary>
    public static readonly Duration Interval = Duration.FromMinutes(15);

    /// <summary>Whether a person can ask here (e-mail is on).</summary>
    public bool Available => outbox.Enabled;

    /// <summary>
    /// Queues the link when <paramref name="email"/> is the address of an account that is not closed and no link went to it
    /// in the last <see cref="Interval"/>; otherwise does nothing. The caller answers the same either way.
    /// </summary>
    public async Task RequestAsync(string email, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (!outbox.Enabled || await users.FindByEmailAsync(email.Trim()) is not { Email: { } address } user || user.IsClosed)
        {
            return;
        }

        var since = clock.GetCurrentInstant() - Interval;
        if (await db.OutboxMessages.AnyAsync(m => m.To == address && m.Kind == MailKind.PasswordReset && m.CreatedAt > since, ct))
        {
            return;
        }

        var link = outbox.PublicUrl + AccountInvitations.LinkPath(address, await users.GeneratePasswordResetTokenAsync(user));
        outbox.Queue(MailKind.PasswordReset, address, MailTexts.PasswordReset(link, (int)AccountInvitations.LinkLifetime.TotalDays));
        await db.SaveChangesAsync(ct);
    }
}
