using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Accounts;

/// <summary>
/// Sign-in accounts for the people of the platform. A manager creates one (or asks a new link for it) and hands its
/// activation link to the person, who chooses the password: the service never knows it. When e-mail is on, the link is
/// also queued to the account's address in the same transaction (<see cref="MailOutbox"/>). The link carries Identity's
/// password-reset token, so it works once, and a new link (a new security stamp) voids the old one.
/// </summary>
public sealed class AccountInvitations(UserManager<SchedulerUser> users, SchedulerDbContext db, MailOutbox outbox)
{
    /// <summary>How long an activation link works (Identity's token lifespan, set in <see cref="AuthSetup"/>).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public const string ActivationPath = "/compte/activer";

    public async Task<IReadOnlyList<AccountResponse>> ListAsync(CancellationToken ct)
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var names = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var result = new List<AccountResponse>();
        foreach (var user in accounts)
        {
            result.Add(await ResponseAsync(user, names));
        }

        return result;
    }

    /// <summary>The account linked to <paramref name="staffId"/>, if any.</summary>
    public async Task<AccountResponse?> OfStaffAsync(Guid staffId, CancellationToken ct) =>
        await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.StaffId == staffId, ct) is { } user
            ? await ResponseAsync(user, await db.Staff.AsNoTracking().Where(s => s.Id == staffId).ToDictionaryAsync(s => s.Id, s => s.Name, ct))
            : null;

    /// <summary>Creates the account and its first activation link; the field errors (JSON names) when the request is refused.</summary>
    public async Task<(AccountInvitation? Invitation, FieldErrors Errors)> CreateAsync(AccountRequest request, string baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = await CheckAsync(request, ct);
        if (errors.Any)
        {
            return (null, errors);
        }

        var email = request.Email!.Trim();
        var user = new SchedulerUser { UserName = email, Email = email, EmailConfirmed = true, StaffId = request.StaffId };
        // The account and its role are stored together or not at all (Identity's stores share this context).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // Identity's own checks (a user name it refuses, say) come back on the e-mail, the only name there is.
            errors.Add("email", string.Join(" ", created.Errors.Select(e => e.Description)));
            return (null, errors);
        }

        var role = await users.AddToRoleAsync(user, Roles.All.Single(r => string.Equals(r, request.Role, StringComparison.OrdinalIgnoreCase)));
        if (!role.Succeeded)
        {
            throw new InvalidOperationException("The account's role was refused: " + string.Join("; ", role.Errors.Select(e => e.Description)));
        }

        var invitation = await InvitationAsync(user, baseUrl, ct);
        await transaction.CommitAsync(ct);
        return (invitation, errors);
    }

    /// <summary>
    /// A new activation link for <paramref name="userId"/> (first activation or a forgotten password): the old link and
    /// the person's sign-ins end with it. Null for an unknown account; the account unchanged and null link when it is closed.
    /// </summary>
    public async Task<(bool Found, AccountInvitation? Invitation)> RenewAsync(string userId, string baseUrl, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return (false, null);
        }

        if (user.IsClosed)
        {
            return (true, null);
        }

        // The new stamp (which voids the old link) and the e-mail carrying the new link are stored together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        var invitation = await InvitationAsync(user, baseUrl, ct);
        await transaction.CommitAsync(ct);
        return (true, invitation);
    }

    /// <summary>
    /// Closes <paramref name="userId"/> for good (someone who left, a quality lead say: a staff record's accounts close
    /// with its deactivation) or opens it again; its sign-ins end either way. An account stays closed while its staff
    /// record is inactive: reactivating the person opens it.
    /// </summary>
    public async Task<AccountChange> SetClosedAsync(string userId, bool closed)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountChange.NotFound;
        }

        if (!closed && user.StaffId is { } staffId && !await db.Staff.AnyAsync(s => s.Id == staffId && s.IsActive))
        {
            return AccountChange.StaffInactive;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, closed ? SchedulerUser.ClosedUntil : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return AccountChange.Done;
    }

    /// <summary>Sets the password chosen on the activation page; Identity's errors when the link or the password is refused.</summary>
    public async Task<IdentityResult> ActivateAsync(string email, string code, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.IsClosed || Decode(code) is not { } token)
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken());
        }

        return await users.ResetPasswordAsync(user, token, password);
    }

    private async Task<FieldErrors> CheckAsync(AccountRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("email", request.Email, 256);
        if (request.Email is { } email && !string.IsNullOrWhiteSpace(email))
        {
            var trimmed = email.Trim();
            if (!EmailAddress.LooksLikeOne(trimmed))
            {
                errors.Add("email", "An e-mail address, with an @.");
            }
            else if (await users.FindByEmailAsync(trimmed) is not null)
            {
                errors.Add("email", "An account with this e-mail exists.");
            }
        }

        var role = Roles.All.FirstOrDefault(r => string.Equals(r, request.Role, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            errors.Add("role", $"One of {string.Join(", ", Roles.All)}.");
            return errors;
        }

        await CheckStaffAsync(errors, role, request.StaffId, ct);
        return errors;
    }

    /// <summary>A listener's account is a listener's record; a manager's may be a manager's; a quality lead's is none.</summary>
    private async Task CheckStaffAsync(FieldErrors errors, string role, Guid? staffId, CancellationToken ct)
    {
        if (role == Roles.QualityLead)
        {
            if (staffId is not null)
            {
                errors.Add("staffId", "A quality lead's account is linked to no staff record.");
            }

            return;
        }

        if (staffId is not { } id)
        {
            if (role == Roles.Listener)
            {
                errors.Add("staffId", "Required: a listener's account shows that person's shifts.");
            }

            return;
        }

        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        var expected = role == Roles.Listener ? StaffRole.Listener : StaffRole.Manager;
        if (staff is null || !staff.IsActive || staff.Role != expected)
        {
            errors.Add("staffId", $"An active {expected.ToString().ToLowerInvariant()}'s staff record.");
        }
        else if (await users.Users.AnyAsync(u => u.StaffId == id, ct))
        {
            errors.Add("staffId", "This person already has an account.");
        }
    }

    /// <summary>The link for the page (on <paramref name="baseUrl"/>), and the same link e-mailed (on the public URL) when e-mail is on.</summary>
    private async Task<AccountInvitation> InvitationAsync(SchedulerUser user, string baseUrl, CancellationToken ct)
    {
        var pathAndQuery = LinkPath(user.Email!, await users.GeneratePasswordResetTokenAsync(user));
        var emailed = outbox.Queue(MailKind.ActivationLink, user.Email!, MailTexts.ActivationLink(outbox.PublicUrl + pathAndQuery, (int)LinkLifetime.TotalDays));
        if (emailed)
        {
            await db.SaveChangesAsync(ct);
        }

        var names = user.StaffId is { } id ? await db.Staff.AsNoTracking().Where(s => s.Id == id).ToDictionaryAsync(s => s.Id, s => s.Name, ct) : [];
        return new AccountInvitation(await ResponseAsync(user, names), baseUrl + pathAndQuery, emailed);
    }

    /// <summary>The activation page's path and query for <paramref name="email"/> with Identity's password-reset <paramref name="token"/>.</summary>
    internal static string LinkPath(string email, string token) =>
        $"{ActivationPath}?email={Uri.EscapeDataString(email)}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    private async Task<AccountResponse> ResponseAsync(SchedulerUser user, IReadOnlyDictionary<Guid, string> names) => new(
        user.Id,
        user.Email ?? "",
        (await users.GetRolesAsync(user)).FirstOrDefault() ?? "",
        user.StaffId,
        user.StaffId is { } id ? names.GetValueOrDefault(id) : null,
        user.PasswordHash is not null,
        user.IsClosed);

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>What closing or reopening an account did.</summary>
public enum AccountChange
{
    Done,
    NotFound,

    /// <summary>Not reopened: its staff record is inactive (reactivate the person instead).</summary>
    StaffInactive,
}
