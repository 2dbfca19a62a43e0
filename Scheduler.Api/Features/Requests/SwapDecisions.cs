using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Api.Features.Requests;

/// <summary>
/// Approving a swap exchanges the people of the two shifts in the published rota, then re-checks the rota: when the swap
/// breaks a rule the rota kept before (see <see cref="SwapCheck"/>), nothing is saved unless the manager gives an override reason.
/// </summary>
public static class SwapDecisions
{
    public static async Task<IResult> ApproveAsync(
        Guid id, DecisionRequest? decision, SchedulerDbContext db, IRotaChecker checker, RequestDecisionMail mail, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await db.SwapRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (Invalid(decision) is { } problem)
        {
            return problem;
        }

        if (request.Status != RequestStatus.Pending)
        {
            return Conflicts.State($"The request is already {request.Status}.");
        }

        var mine = await ListenerRequestEndpoints.PublishedShift(db, request.AssignmentId, ct);
        var other = await ListenerRequestEndpoints.PublishedShift(db, request.OtherAssignmentId, ct);
        if (mine is null || other is null || mine.StaffId != request.StaffId)
        {
            return Conflicts.State("The shifts changed since the request was made (no longer published, or no longer the requester's).");
        }

        var colleague = other.StaffId;
        var rotaIds = new[] { mine.RotaId, other.RotaId }.Distinct().ToList();
        // Tracked: the rotas' shifts are the two above, so the swap below is what they are checked with and what is saved.
        var rotas = await db.Rotas.Include(r => r.Assignments).Where(r => rotaIds.Contains(r.Id)).ToListAsync(ct);
        var (violations, _) = await SwapCheck.SwapAsync(checker, rotas, mine, other, ct);
        if (violations.Count > 0 && string.IsNullOrWhiteSpace(decision?.OverrideReason))
        {
            var errors = new FieldErrors();
            errors.Add("overrideReason", $"The swap breaks {violations.Count} rule(s) the rota kept before; give a reason to approve it anyway.");
            return errors.ToProblem(new Dictionary<string, object?> { ["violations"] = violations });
        }

        foreach (var rota in rotas)
        {
            rota.Version = Guid.NewGuid();
        }

        Decide(request, RequestStatus.Approved, decision, clock, user);
        await mail.QueueSwapAsync(request, mine, other, colleague, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another manager changed the rota (a cover, another swap) between the check and the save: nothing is saved.
            db.ChangeTracker.Clear();
            return Conflicts.State("The rota changed meanwhile (another manager saved it first): look at the request again.");
        }

        return TypedResults.Ok(SwapResponse.From(request));
    }

    public static async Task<IResult> RefuseAsync(
        Guid id, DecisionRequest? decision, SchedulerDbContext db, RequestDecisionMail mail, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await db.SwapRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (Invalid(decision) is { } problem)
        {
            return problem;
        }

        if (request.Status != RequestStatus.Pending)
        {
            return Conflicts.State($"The request is already {request.Status}.");
        }

        Decide(request, RequestStatus.Refused, decision, clock, user);
        if (await db.Assignments.FindAsync([request.AssignmentId], ct) is { } asked
            && await db.Assignments.FindAsync([request.OtherAssignmentId], ct) is { } wanted)
        {
            await mail.QueueSwapAsync(request, asked, wanted, wanted.StaffId, ct);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SwapResponse.From(request));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem? Invalid(DecisionRequest? decision)
    {
        var errors = new FieldErrors();
        errors.MaxLength("answer", decision?.Answer, TimeOffRequestConfiguration.TextLength);
        errors.MaxLength("overrideReason", decision?.OverrideReason, 1000);
        return errors.Any ? errors.ToProblem() : null;
    }

    private static void Decide(SwapRequestEntity request, RequestStatus status, DecisionRequest? decision, IClock clock, ClaimsPrincipal user)
    {
        request.Status = status;
        request.DecidedAt = clock.GetCurrentInstant();
        request.DecidedBy = user.Identity?.Name;
        request.Answer = string.IsNullOrWhiteSpace(decision?.OverrideReason) ? decision?.Answer : $"{decision.Answer} [override: {decision.OverrideReason}]";
    }
}
