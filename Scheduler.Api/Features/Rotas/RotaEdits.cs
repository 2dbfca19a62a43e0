using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// A manager's hand edits of a draft's shifts (change one, add one, remove one): each checked for structure, saved
/// against the rota version (an edit made on an old version changes nothing), then checked for rules.
/// </summary>
public static class RotaEdits
{
    public static async Task<Results<Ok<AssignmentEditResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAssignmentAsync(
        Guid id, Guid assignmentId, AssignmentUpdateRequest request, SchedulerDbContext db, IRotaChecker checker, CancellationToken ct)
    {
        var rota = await LoadAsync(db, id, ct);
        var assignment = rota?.Assignments.FirstOrDefault(a => a.Id == assignmentId);
        if (rota is null || assignment is null)
        {
            return TypedResults.NotFound();
        }

        if (await ShiftErrorsAsync(request, rota, db, ct) is { } invalid)
        {
            return invalid;
        }

        return await SaveAsync(db, checker, rota, request.Version!.Value, () => Write(assignment, request), ct) is { } refused
            ? refused
            : TypedResults.Ok(await EditedAsync(db, checker, rota, assignment, ct));
    }

    /// <summary>A shift added to the draft by hand (to cover a gap the solver left, or a person the rota forgot).</summary>
    public static async Task<Results<Created<AssignmentEditResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddAssignmentAsync(
        Guid id, AssignmentUpdateRequest request, SchedulerDbContext db, IRotaChecker checker, CancellationToken ct)
    {
        var rota = await LoadAsync(db, id, ct);
        if (rota is null)
        {
            return TypedResults.NotFound();
        }

        if (await ShiftErrorsAsync(request, rota, db, ct) is { } invalid)
        {
            return invalid;
        }

        var assignment = new AssignmentEntity { Id = Guid.NewGuid(), RotaId = rota.Id };
        return await SaveAsync(db, checker, rota, request.Version!.Value, () => rota.Assignments.Add(Write(assignment, request)), ct) is { } refused
            ? refused
            : TypedResults.Created($"/api/rotas/{id}/assignments/{assignment.Id}", await EditedAsync(db, checker, rota, assignment, ct));
    }

    /// <summary>A shift taken out of the draft (the person gets the day off); <paramref name="version"/> is the rota's as the manager saw it.</summary>
    public static async Task<Results<Ok<ShiftRemovedResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RemoveAssignmentAsync(
        Guid id, Guid assignmentId, Guid? version, SchedulerDbContext db, IRotaChecker checker, CancellationToken ct)
    {
        var rota = await LoadAsync(db, id, ct);
        var assignment = rota?.Assignments.FirstOrDefault(a => a.Id == assignmentId);
        if (rota is null || assignment is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        errors.Required("version", version);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return await SaveAsync(db, checker, rota, version!.Value, () => rota.Assignments.Remove(assignment), ct) is { } refused
            ? refused
            : TypedResults.Ok(new ShiftRemovedResponse(assignmentId, rota.Version, await checker.CheckAsync(rota, ct)));
    }

    private static Task<RotaEntity?> LoadAsync(SchedulerDbContext db, Guid id, CancellationToken ct) =>
        db.Rotas.Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == id, ct);

    private static async Task<ValidationProblem?> ShiftErrorsAsync(AssignmentUpdateRequest request, RotaEntity rota, SchedulerDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("version", request.Version);
        var active = (await db.Staff.Where(p => p.IsActive).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        ShiftValidation.Check(errors, "", request.Shift, rota.PeriodStart, rota.PeriodEnd, active);
        return errors.Any ? errors.ToProblem() : null;
    }

    /// <summary>
    /// Applies <paramref name="edit"/> and saves it when the rota is a draft at <paramref name="version"/>; else the 409
    /// that says why, with nothing saved.
    /// </summary>
    private static async Task<ProblemHttpResult?> SaveAsync(SchedulerDbContext db, IRotaChecker checker, RotaEntity rota, Guid version, Action edit, CancellationToken ct)
    {
        if (rota.Status != RotaStatus.Draft)
        {
            return Conflicts.State($"The rota is {rota.Status}; only a draft is edited (re-plan a published rota instead).");
        }

        var names = await RotaEndpoints.NamesAsync(db, ct);
        if (version != rota.Version)
        {
            return Conflicts.Stale(RotaResponse.From(rota, names));
        }

        edit();
        db.Entry(rota).Property(r => r.Version).OriginalValue = version;
        rota.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Rotas.Include(r => r.Assignments).FirstAsync(r => r.Id == rota.Id, ct);
            return Conflicts.Stale(RotaResponse.From(current, names));
        }
    }

    private static AssignmentEntity Write(AssignmentEntity assignment, AssignmentUpdateRequest request)
    {
        assignment.StaffId = request.StaffId!.Value;
        assignment.Date = request.Date!.Value;
        assignment.Start = request.Start!.Value;
        assignment.End = request.End!.Value;
        assignment.BreakStart = request.BreakStart;
        assignment.BreakEnd = request.BreakEnd;
        assignment.Channel = request.Channel ?? assignment.Channel;
        return assignment;
    }

    private static async Task<AssignmentEditResponse> EditedAsync(SchedulerDbContext db, IRotaChecker checker, RotaEntity rota, AssignmentEntity assignment, CancellationToken ct)
    {
        var names = await RotaEndpoints.NamesAsync(db, ct);
        var violations = await checker.CheckAsync(rota, ct);
        return new AssignmentEditResponse(AssignmentResponse.From(assignment, names.GetValueOrDefault(assignment.StaffId) ?? ""), rota.Version, violations);
    }
}
