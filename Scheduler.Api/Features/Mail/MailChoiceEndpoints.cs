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
            ? TypedResults.Ok(MailChoicesResponse.Of(MailChoices.Of(user), outbox.Enabled))
            : TypedResults.Unauthorized();

    /// <summary>Replaces both choices; each must be given (true or false), so a missing one is never read as "off".</summary>
    public static async Task<Results<Ok<MailChoicesResponse>, ValidationProblem, UnauthorizedHttpResult>> PutAsync(
        MailChoicesRequest? request, ClaimsPrincipal principal, UserManager<SchedulerUser> users, MailOutbox outbox)
    {
        var errors = new FieldErrors();
        errors.Required("qualityAlerts", request?.QualityAlerts);
        errors.Required("weeklyReport", request?.WeeklyReport);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var choices = new MailChoices(request!.QualityAlerts!.Value, request.WeeklyReport!.Value);
        choices.ApplyTo(user);
        await users.UpdateAsync(user);
        return TypedResults.Ok(MailChoicesResponse.Of(choices, outbox.Enabled));
    }
}

/// <param name="QualityAlerts">Whether to receive the quality alerts.</param>
/// <param name="WeeklyReport">Whether to receive the Monday service-level report.</param>
public sealed record MailChoicesRequest(bool? QualityAlerts, bool? WeeklyReport);

/// <param name="QualityAlerts">Receives the quality alerts.</param>
/// <param name="WeeklyReport">Receives the Monday service-level report.</param>
/// <param name="MailEnabled">Whether this service sends e-mail at all (<c>Mail:Host</c> set); the choices wait for it otherwise.</param>
public sealed record MailChoicesResponse(bool QualityAlerts, bool WeeklyReport, bool MailEnabled)
{
    public static MailChoicesResponse Of(MailChoices choices, bool mailEnabled)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new(choices.QualityAlerts, choices.WeeklyReport, mailEnabled);
    }
}
