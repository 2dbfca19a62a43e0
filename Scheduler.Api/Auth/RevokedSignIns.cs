using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Auth;

/// <summary>
/// Ends a sign-in as soon as its account's security stamp changes: a deactivation, a closed account, a new activation
/// link. Identity checks a cookie's stamp only every 30 minutes and never a bearer token's, which lives its hour, so a
/// listener who had left could go on reading colleagues' shifts for that long. Both schemes now check the stamp on every
/// request (one lookup by key) and fail a revoked sign-in, so it is answered 401 or sent to the sign-in page.
/// </summary>
public static class RevokedSignIns
{
    public const string Reason = "The sign-in was ended: the account was closed, deactivated or given a new activation link.";

    public static IServiceCollection AddRevokedSignInChecks(this IServiceCollection services)
    {
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, o => o.Events.OnMessageReceived = RefuseRevokedTokenAsync);
        // After Identity's own cookie set-up, whose periodic stamp check (and cookie renewal) still runs after this one.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var identityCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (!await IsCurrentAsync(context.HttpContext, context.Principal))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await identityCheck(context);
            };
        });
        return services;
    }

    private static async Task RefuseRevokedTokenAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return;
        }

        // The handler unprotects the token again after this event; an unreadable or expired one is its to refuse.
        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket is not null && !await IsCurrentAsync(context.HttpContext, ticket.Principal))
        {
            context.Fail(Reason);
        }
    }

    private static async Task<bool> IsCurrentAsync(HttpContext context, ClaimsPrincipal? principal) =>
        principal is not null
        && await context.RequestServices.GetRequiredService<SignInManager<SchedulerUser>>().ValidateSecurityStampAsync(principal) is not null;
}
