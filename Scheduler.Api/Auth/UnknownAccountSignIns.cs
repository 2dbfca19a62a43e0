using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Auth;

/// <summary>
/// Identity's sign-in, except that an address without an account costs what a wrong password costs. Identity answers an
/// unknown address at once but hashes a known one's password (PBKDF2, tens of milliseconds), so timing the answers told
/// whoever tried which addresses have an account; here the typed password is checked against a decoy hash first.
/// </summary>
public sealed class UnknownAccountSignIns(
    UserManager<SchedulerUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<SchedulerUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<SchedulerUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<SchedulerUser> confirmation)
    : SignInManager<SchedulerUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly SchedulerUser Decoy = new() { UserName = "decoy" };
    private static string? decoyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (await UserManager.FindByNameAsync(userName) is { } user)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        // The hasher's own work factor, from the same hasher: a hash made once with a random password nobody knows.
        var hash = decoyHash ??= UserManager.PasswordHasher.HashPassword(Decoy, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(Decoy, hash, password);
        return SignInResult.Failed;
    }
}
