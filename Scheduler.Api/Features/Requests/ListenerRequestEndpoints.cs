using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.SelfService;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Requests;

/// <summary>A listener asks for time off or for a swap of one of their published shifts with a colleague's.</summary>
public static class ListenerRequestEndpoints
{
    public static RouteGroupBuilder MapListenerRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/requests").WithTags("Requests").RequireAuthorization(Policies.Listener);
        group.MapGet("/", ListAsync);
        group.MapPost("/time-off", AskTimeOffAsync);
        group.MapPost("/swaps", AskSwapAsync);
        group.MapPost("/time-off/{id:guid}/withdraw", RequestWithdrawal.WithdrawTimeOffAsync);
        group.MapPost("/swaps/{id:guid}/withdraw", RequestWithdrawal.WithdrawSwapAsync);
        return group;
    }

    public static async Task<IResult> ListAsync(ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct)
    {
        if ((await CurrentStaff.FindAsync(p, u)).StaffId is not { } staffId)
        {
            return CurrentStaff.NotLinked();
        }

        var timeOff = await db.TimeOffRequests.Where(r => r.StaffId == staffId).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        var swaps = await db.SwapRequests.Where(r => r.StaffId == staffId).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(new MyRequestsResponse([.. timeOff.Select(TimeOffResponse.FromEntity)], [.. swaps.Select(SwapResponse.From)]));
    }

    /// <summary>Stores the request and, in the same save, the managers' e-mail about it (<see cref="RequestSubmittedMail"/>).</summary>
    public static async Task<IResult> AskTimeOffAsync(
        TimeOffRequest request, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, RequestSubmittedMail mail, CancellationToken ct)
    {
        if ((await CurrentStaff.FindAsync(p, u)).StaffId is not { } staffId)
        {
            return CurrentStaff.NotLinked();
        }

        var errors = new FieldErrors();
        errors.Required("from", request.From);
        errors.Required("to", request.To);
        errors.DateInRange("from", request.From);
        errors.DateInRange("to", request.To);
        if (request.From > request.To)
        {
            errors.Add("to", "On or after 'from'.");
        }

        errors.MaxLength("comment", request.Comment, TimeOffRequestConfiguration.TextLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var entity = new TimeOffRequestEntity
        {
            Id = Guid.NewGuid(),
            StaffId = staffId,
            From = request.From!.Value,
            To = request.To!.Value,
            Kind = request.Kind ?? AbsenceKind.Leave,
            Comment = request.Comment,
            CreatedAt = clock.GetCurrentInstant(),
        };
        db.TimeOffRequests.Add(entity);
        await mail.QueueTimeOffAsync(entity, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/requests/time-off/{entity.Id}", TimeOffResponse.FromEntity(entity));
    }

    /// <summary>Stores the request and, in the same save, the managers' e-mail about it (<see cref="RequestSubmittedMail"/>).</summary>
    public static async Task<IResult> AskSwapAsync(
        SwapRequest request, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, RequestSubmittedMail mail, CancellationToken ct)
    {
        if ((await CurrentStaff.FindAsync(p, u)).StaffId is not { } staffId)
        {
            return CurrentStaff.NotLinked();
        }

        var errors = new FieldErrors();
        errors.Required("assignmentId", request.AssignmentId);
        errors.Required("otherAssignmentId", request.OtherAssignmentId);
        errors.MaxLength("comment", request.Comment, TimeOffRequestConfiguration.TextLength);
        AssignmentEntity? mine = null, other = null;
        if (!errors.Any)
        {
            mine = await PublishedShift(db, request.AssignmentId!.Value, ct);
            other = await PublishedShift(db, request.OtherAssignmentId!.Value, ct);
            if (mine is null || mine.StaffId != staffId)
            {
                errors.Add("assignmentId", "Not one of your published shifts.");
            }

            if (other is null || other.StaffId == staffId)
            {
                errors.Add("otherAssignmentId", "Not a colleague's published shift.");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var entity = new SwapRequestEntity
        {
            Id = Guid.NewGuid(),
            StaffId = staffId,
            AssignmentId = request.AssignmentId!.Value,
            OtherAssignmentId = request.OtherAssignmentId!.Value,
            Comment = request.Comment,
            CreatedAt = clock.GetCurrentInstant(),
        };
        db.SwapRequests.Add(entity);
        await mail.QueueSwapAsync(entity, mine!, other!, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/requests/swaps/{entity.Id}", SwapResponse.From(entity));
    }

    public static Task<AssignmentEntity?> PublishedShift(SchedulerDbContext db, Guid assignmentId, CancellationToken ct) =>
        db.Assignments.Where(a => a.Id == assignmentId)
            .OnPublishedRotas(db.Rotas)
            .FirstOrDefaultAsync(ct);
}
