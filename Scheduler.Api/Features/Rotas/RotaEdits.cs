using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Rotas;

/// <summary>A manager's hand edit of one shift of a draft: checked for structure, saved against the rota version, then checked for rules.</summary>
public static class RotaEdits
{
    public static async Task<Results<Ok<AssignmentEditResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAssignmentAsync(
        Guid id, Guid assignmentId, AssignmentUpdateRequest request, SchedulerDbContext db, IRotaChecker checker, CancellationToken ct)
    {
        var rota = await db.Rotas.Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == id, ct);
        var assignment = rota?.Assignments.FirstOrDefault(a => a.Id == assignmentId);
        if (rota is null || assignment is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        errors.Required("version", request.Version);
        var active = (await db.Staff.Where(p => p.IsActive).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        ShiftValidation.Check(errors, "", request.Shift, rota.PeriodStart, rota.PeriodEnd, active);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (rota.Status != RotaStatus.Draft)
        {
            return Conflicts.State($"The rota is {rota.Status}; only a draft is edited (re-plan a published rota instead).");
        }

        var names = await RotaEndpoints.NamesAsync(db, ct);
        if (request.Version != rota.Version)
        {
            return Conflicts.Stale(RotaResponse.From(rota, names));
        }

        assignment.StaffId = request.StaffId!.Value;
        assignment.Date = request.Date!.Value;
        assignment.Start = request.Start!.Value;
        assignment.End = request.End!.Value;
        assignment.BreakStart = request.BreakStart;
        assignment.BreakEnd = request.BreakEnd;
        assignment.Channel = request.Channel ?? assignment.Channel;
        db.Entry(rota).Property(r => r.Version).OriginalValue = request.Version!.Value;
        rota.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Rotas.Include(r => r.Assignments).FirstAsync(r => r.Id == id, ct);
            return Conflicts.Stale(RotaResponse.From(current, names));
        }

        var violations = await checker.CheckAsync(rota, ct);
        return TypedResults.Ok(new AssignmentEditResponse(AssignmentResponse.From(assignment, names.GetValueOrDefault(assignment.StaffId) ?? ""), rota.Version, violations));
    }
}
