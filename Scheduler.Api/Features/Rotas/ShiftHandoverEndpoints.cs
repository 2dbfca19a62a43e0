using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Who could take a published shift over, as the API answers it; <c>ShortNotice</c> when they work part time and the
/// shift is inside the notice period (<see cref="NoticePeriod"/>): they may refuse it, so ask them first.
/// </summary>
public sealed record CoverCandidateResponse(Guid StaffId, string Name, decimal WeekPaidHours, IReadOnlyList<RotaViolation> Violations, bool ShortNotice);

/// <summary>The person to give a published shift to, and the reason when that breaks rules.</summary>
public sealed record CoverRequest(Guid? StaffId, string? OverrideReason);

/// <summary>
/// <c>/api/rotas/{id}/assignments/{shiftId}/cover</c> (managers): <c>GET</c> the candidates to cover a published shift,
/// <c>POST</c> gives it to one of them (<see cref="ShiftHandover"/>).
/// </summary>
public static class ShiftHandoverEndpoints
{
    public static RouteGroupBuilder MapShiftHandoverEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rotas/{id:guid}/assignments/{shiftId:guid}/cover").WithTags("Rotas").RequireAuthorization(Policies.Manager);
        group.MapGet("/", GetAsync);
        group.MapPost("/", PostAsync);
        return group;
    }

    public static async Task<IResult> GetAsync(Guid id, Guid shiftId, SchedulerDbContext db, RotaProblemFactory problems, NoticePeriod notice, CancellationToken ct)
    {
        if (!await InRotaAsync(db, id, shiftId, ct) || await ShiftHandover.CandidatesAsync(db, problems, shiftId, ct) is not { } cover)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(cover.Candidates.Select(c => new CoverCandidateResponse(c.StaffId, c.Name, Math.Round((decimal)c.WeekPaid.TotalHours, 2), c.Breaks,
            c.PartTime && notice.IsShort(cover.Shift.Date))).ToList());
    }

    public static async Task<IResult> PostAsync(
        Guid id, Guid shiftId, CoverRequest? request, SchedulerDbContext db, RotaProblemFactory problems, RequestDecisionMail mail, CoverOfferMail offers, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await InRotaAsync(db, id, shiftId, ct))
        {
            return TypedResults.NotFound();
        }

        if (request?.StaffId is not { } staffId)
        {
            var errors = new Errors.FieldErrors();
            errors.Add("staffId", "Required: the person to give the shift to.");
            return errors.ToProblem();
        }

        return await ShiftHandover.GiveAsync(db, problems, mail, offers, shiftId, staffId, request.OverrideReason, user.Identity?.Name, clock, ct);
    }

    internal static Task<bool> InRotaAsync(SchedulerDbContext db, Guid rotaId, Guid shiftId, CancellationToken ct) =>
        db.Assignments.AnyAsync(a => a.Id == shiftId && a.RotaId == rotaId, ct);
}
