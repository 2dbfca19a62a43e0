using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Mail;

/// <summary>A quality lead's or manager's own choice of optional e-mails (<see cref="MailChoices"/>).</summary>
public static class MailChoiceEndpoints
{
    public static RouteGroupBuilder MapMailChoiceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/mail").WithTags("Me").RequireAuthorization(Policies.ManagerOrQualityLead);
        group.MapGet("/", GetAsync);
        group.MapPut("/", PutAsync);
        return group;
    }

    public static async Task<Results<Ok<MailChoicesResponse>, UnauthorizedHttpResult>> GetAsync(
        ClaimsPrincipal principal, UserManager<SchedulerUser> users, MailOutbox outbox) =>
        await users.GetUserAsync(principal) is { } user
            ? TypedResults.Ok(MailChoicesResponse.Of(MailChoices.Of(user), principal.IsInRole(Roles.Manager), outbox.Enabled))
            : TypedResults.Unauthorized();

    /// <summary>
    /// Replaces the choices; each must be given (true or false), so a missing one is never read as "off". The requests'
    /// choice is a manager's only: a quality lead's is not asked for and left as it is.
    /// </summary>
    public static async Task<Results<Ok<MailChoicesResponse>, ValidationProblem, UnauthorizedHttpResult>> PutAsync(
        MailChoicesRequest? request, ClaimsPrincipal principal, UserManager<SchedulerUser> users, MailOutbox outbox)
    {
        var errors = new FieldErrors();
        errors.Required("qualityAlerts", request?.QualityAlerts);
        errors.Required("weeklyReport", request?.WeeklyReport);
        var manager = principal.IsInRole(Roles.Manager);
        if (manager)
        {
            errors.Required("requests", request?.Requests);
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var choices = new MailChoices(request!.QualityAlerts!.Value, request.WeeklyReport!.Value, manager ? request.Requests!.Value : !user.RequestMailOff);
        choices.ApplyTo(user);
        await users.UpdateAsync(user);
        return TypedResults.Ok(MailChoicesResponse.Of(choices, manager, outbox.Enabled));
    }
}

/// <param name="QualityAlerts">Whether to receive the quality alerts.</param>
/// <param name="WeeklyReport">Whether to receive the Monday service-level report.</param>
/// <param name="Requests">Whether to receive each new time-off or swap request; required from a manager, not asked of anyone else.</param>
public sealed record MailChoicesRequest(bool? QualityAlerts, bool? WeeklyReport, bool? Requests);

/// <param name="QualityAlerts">Receives the quality alerts.</param>
/// <param name="WeeklyReport">Receives the Monday service-level report.</param>
/// <param name="Requests">Receives each new time-off or swap request; null for anyone but a manager, who receives none.</param>
/// <param name="MailEnabled">Whether this service sends e-mail at all (<c>Mail:Host</c> set); the choices wait for it otherwise.</param>
public sealed record MailChoicesResponse(bool QualityAlerts, bool WeeklyReport, bool? Requests, bool MailEnabled)
{
    public static MailChoicesResponse Of(MailChoices choices, bool manager, bool mailEnabled)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new(choices.QualityAlerts, choices.WeeklyReport, manager ? choices.Requests : null, mailEnabled);
    }
}
