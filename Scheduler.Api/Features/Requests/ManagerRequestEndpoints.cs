using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Features.Requests;

/// <summary>A manager approves or refuses listeners' requests; an approved swap is re-checked against the rules first.</summary>
public static class ManagerRequestEndpoints
{
    public static RouteGroupBuilder MapManagerRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(Policies.Manager);
        group.MapGet("/", ListAsync);
        group.MapPost("/time-off/{id:guid}/approve", (Guid id, DecisionRequest? d, SchedulerDbContext db, RequestDecisionMail m, IClock c, ClaimsPrincipal u, CancellationToken ct) =>
            DecideTimeOffAsync(id, d, approve: true, db, m, c, u, ct));
        group.MapPost("/time-off/{id:guid}/refuse", (Guid id, DecisionRequest? d, SchedulerDbContext db, RequestDecisionMail m, IClock c, ClaimsPrincipal u, CancellationToken ct) =>
            DecideTimeOffAsync(id, d, approve: false, db, m, c, u, ct));
        group.MapPost("/swaps/{id:guid}/approve", SwapDecisions.ApproveAsync);
        group.MapPost("/swaps/{id:guid}/refuse", SwapDecisions.RefuseAsync);
        return group;
    }

    public static async Task<IResult> ListAsync(RequestStatus? status, SchedulerDbContext db, CancellationToken ct)
    {
        var timeOff = await db.TimeOffRequests.Where(r => status == null || r.Status == status).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var swaps = await db.SwapRequests.Where(r => status == null || r.Status == status).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(new MyRequestsResponse([.. timeOff.Select(TimeOffResponse.FromEntity)], [.. swaps.Select(SwapResponse.From)]));
    }

    /// <summary>Approving time off records it as an absence of the same days, which the next plan or re-plan respects.</summary>
    public static async Task<IResult> DecideTimeOffAsync(
        Guid id, DecisionRequest? decision, bool approve, SchedulerDbContext db, RequestDecisionMail mail, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await db.TimeOffRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        errors.MaxLength("answer", decision?.Answer, TimeOffRequestConfiguration.TextLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (request.Status != RequestStatus.Pending)
        {
            return Conflicts.State($"The request is already {request.Status}.");
        }

        Decide(request, approve, decision, clock, user);
        if (approve)
        {
            request.AbsenceId = Guid.NewGuid();
            db.Absences.Add(new AbsenceEntity
            {
                Id = request.AbsenceId.Value,
                StaffId = request.StaffId,
                From = request.From,
                To = request.To,
                Kind = request.Kind,
                Note = request.Comment,
            });
        }

        await mail.QueueTimeOffAsync(request, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TimeOffResponse.FromEntity(request));
    }

    private static void Decide(TimeOffRequestEntity request, bool approve, DecisionRequest? decision, IClock clock, ClaimsPrincipal user)
    {
        request.Status = approve ? RequestStatus.Approved : RequestStatus.Refused;
        request.DecidedAt = clock.GetCurrentInstant();
        request.DecidedBy = user.Identity?.Name;
        request.Answer = decision?.Answer;
    }
}
