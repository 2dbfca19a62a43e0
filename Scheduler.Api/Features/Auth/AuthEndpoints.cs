using Scheduler.Api.Auth;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Accounts;

namespace Scheduler.Api.Features.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record ForgotPasswordRequest(string? Email);

/// <summary>
/// Sign-in for the API. The answer is Identity's bearer-token response ({"tokenType","accessToken","expiresIn","refreshToken"}),
/// written by the bearer handler; Identity's own MapIdentityApi is not used because it also opens self-registration.
/// </summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").AllowAnonymous();
        group.MapPost("/login", LoginAsync).WithName("Login").RequireRateLimiting(SignInRateLimit.Policy);
        group.MapPost("/refresh", RefreshAsync).WithName("RefreshToken");
        group.MapPost("/forgot-password", ForgotPassword).WithName("ForgotPassword").RequireRateLimiting(SignInRateLimit.Policy);
        return group;
    }

    /// <param name="useCookies">True to sign in with the Identity cookie (pages, browsers) instead of answering tokens.</param>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, bool? useCookies, SignInManager<SchedulerUser> signInManager)
    {
        var errors = new FieldErrors();
        errors.Required("email", request.Email, 256);
        errors.Required("password", request.Password, 256);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        signInManager.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(request.Email!, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("The account is locked: after repeated failures, try again in 15 minutes; an account whose staff record was deactivated stays closed.", statusCode: StatusCodes.Status401Unauthorized, title: "LockedOut");
        }

        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem("Wrong email or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Failed");
    }

    public static async Task<Results<SignInHttpResult, ChallengeHttpResult, ValidationProblem>> RefreshAsync(
        RefreshRequest request, SignInManager<SchedulerUser> signInManager, IOptionsMonitor<BearerTokenOptions> bearerOptions, IClock clock)
    {
        var errors = new FieldErrors();
        errors.Required("refreshToken", request.RefreshToken, 4096);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires
            || clock.GetCurrentInstant() >= Instant.FromDateTimeOffset(expires)
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>
    /// Sends a link to choose a new password to <c>email</c> when it is an open account's (see <see cref="PasswordResets"/>):
    /// 202 whether or not it is, and before looking (<see cref="PasswordResetRequests"/>), so neither the answer nor its time
    /// tells who has an account; 409 when the service sends no e-mail.
    /// </summary>
    public static Results<Accepted, ProblemHttpResult, ValidationProblem> ForgotPassword(
        ForgotPasswordRequest request, PasswordResets resets, PasswordResetRequests queue)
    {
        var errors = new FieldErrors();
        errors.Required("email", request.Email, 256);
        if (!string.IsNullOrWhiteSpace(request.Email) && !EmailAddress.LooksLikeOne(request.Email))
        {
            errors.Add("email", "An e-mail address, with an @.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!resets.Available)
        {
            return TypedResults.Problem(
                "This service sends no e-mail: ask a manager for a new activation link.", statusCode: StatusCodes.Status409Conflict, title: "MailOff");
        }

        queue.Add(request.Email!);
        return TypedResults.Accepted((string?)null);
    }
}
