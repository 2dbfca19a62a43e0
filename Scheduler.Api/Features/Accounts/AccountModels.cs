namespace Scheduler.Api.Features.Accounts;

/// <summary>A sign-in account to create: its e-mail, its role, and for a listener (or a manager) the staff record it is.</summary>
public sealed record AccountRequest(string? Email, string? Role, Guid? StaffId);

/// <param name="Activated">True once the person has chosen a password through an activation link.</param>
/// <param name="Closed">True when the account is locked for good (closed by a manager, or its staff record deactivated).</param>
public sealed record AccountResponse(string Id, string Email, string Role, Guid? StaffId, string? StaffName, bool Activated, bool Closed);

/// <summary>
/// The link a manager hands to the person: it opens <c>/compte/activer</c>, where the person chooses a password. It works
/// once and for <see cref="AccountInvitations.LinkLifetime"/>; a new link replaces it.
/// </summary>
/// <param name="Emailed">True when the link was also queued by e-mail to the account's address (e-mail is on).</param>
public sealed record AccountInvitation(AccountResponse Account, string ActivationUrl, bool Emailed);
