using System.Security.Claims;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Auth;

namespace Scheduler.Api.Features.Accounts;

/// <summary>Sign-in accounts, for managers: list, create with an activation link, ask a new link (see <see cref="AccountInvitations"/>).</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(Policies.Manager);
        group.MapGet("/", async (AccountInvitations accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ListAsync(ct)));
        group.MapPost("/", CreateAsync);
        group.MapPost("/{id}/activation-link", RenewAsync);
        group.MapPost("/{id}/close", (string id, ClaimsPrincipal user, AccountInvitations accounts) => SetClosedAsync(id, closed: true, user, accounts));
        group.MapPost("/{id}/reopen", (string id, ClaimsPrincipal user, AccountInvitations accounts) => SetClosedAsync(id, closed: false, user, accounts));
        return group;
    }

    public static async Task<Results<Created<AccountInvitation>, ValidationProblem>> CreateAsync(
        AccountRequest request, HttpRequest http, AccountInvitations accounts, CancellationToken ct)
    {
        var (invitation, errors) = await accounts.CreateAsync(request, BaseUrl(http), ct);
        return invitation is null ? errors.ToProblem() : TypedResults.Created($"/api/accounts/{invitation.Account.Id}", invitation);
    }

    public static async Task<Results<Ok<AccountInvitation>, NotFound, ProblemHttpResult>> RenewAsync(
        string id, HttpRequest http, AccountInvitations accounts, CancellationToken ct)
    {
        var (found, invitation) = await accounts.RenewAsync(id, BaseUrl(http), ct);
        return !found ? TypedResults.NotFound()
            : invitation is null ? TypedResults.Problem("The account is closed: its staff record was deactivated.", statusCode: StatusCodes.Status409Conflict, title: "Closed")
            : TypedResults.Ok(invitation);
    }

    /// <summary>Closes or reopens an account; a manager's own is refused (409 <c>Self</c>), so nobody locks themselves out.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> SetClosedAsync(string id, bool closed, ClaimsPrincipal user, AccountInvitations accounts)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(accounts);
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) == id)
        {
            return TypedResults.Problem("Your own account cannot be closed by you: another manager must do it.", statusCode: StatusCodes.Status409Conflict, title: "Self");
        }

        return await accounts.SetClosedAsync(id, closed) switch
        {
            AccountChange.NotFound => TypedResults.NotFound(),
            AccountChange.StaffInactive => TypedResults.Problem("The person is inactive: reactivate them, which opens the account.", statusCode: StatusCodes.Status409Conflict, title: "StaffInactive"),
            _ => TypedResults.NoContent(),
        };
    }

    /// <summary>Where this service answers, for the links handed to people.</summary>
    public static string BaseUrl(HttpRequest http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return UriHelper.BuildAbsolute(http.Scheme, http.Host, http.PathBase).TrimEnd('/');
    }
}
