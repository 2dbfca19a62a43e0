using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// The modules' handlers: create, change, remove. A module's id never changes, since completions refer to it; a change
/// of kind or validity, or a removal, changes qualifications, which are stored again in the same transaction.
/// </summary>
public static partial class TrainingEndpoints
{
    public static async Task<Results<Created<TrainingModuleResponse>, ValidationProblem, ProblemHttpResult>> CreateModuleAsync(
        TrainingModuleRequest request, SchedulerDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("id", request.Id, TrainingModuleConfiguration.IdLength);
        CheckModule(errors, request.Name, request.Kind, request.DurationDays, request.ValidityMonths);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var id = request.Id!.Trim();
        if (await db.TrainingModules.AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A module with this id exists.", detail: id);
        }

        if (await NameTakenAsync(db, request.Name!, exceptId: null, ct) is { } taken)
        {
            return taken;
        }

        var module = new TrainingModuleEntity
        {
            Id = id, Name = request.Name!.Trim(), Kind = request.Kind!.Value, DurationDays = request.DurationDays ?? 0, ValidityMonths = request.ValidityMonths,
        };
        db.TrainingModules.Add(module);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/training/modules/{module.Id}", TrainingModuleResponse.From(module));
    }

    /// <summary>Replaces a module's name, kind, length and validity (a length left out is 0, as on creation); the id stays.</summary>
    public static async Task<Results<Ok<TrainingModuleResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateModuleAsync(
        string id, TrainingModuleChange request, SchedulerDbContext db, QualificationRefresh qualifications, CancellationToken ct)
    {
        var module = await db.TrainingModules.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (module is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        CheckModule(errors, request.Name, request.Kind, request.DurationDays, request.ValidityMonths);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await NameTakenAsync(db, request.Name!, exceptId: id, ct) is { } taken)
        {
            return taken;
        }

        var rulesChange = module.Kind != request.Kind || module.ValidityMonths != request.ValidityMonths;
        module.Name = request.Name!.Trim();
        module.Kind = request.Kind!.Value;
        module.DurationDays = request.DurationDays ?? 0;
        module.ValidityMonths = request.ValidityMonths;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (rulesChange)
        {
            await qualifications.RefreshAllAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.Ok(TrainingModuleResponse.From(module));
    }

    /// <summary>Removes a module no completion refers to; a module in use answers 409 with the number of its records.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteModuleAsync(
        string id, SchedulerDbContext db, QualificationRefresh qualifications, CancellationToken ct)
    {
        var module = await db.TrainingModules.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (module is null)
        {
            return TypedResults.NotFound();
        }

        var uses = await db.TrainingCompletions.CountAsync(c => c.ModuleId == id, ct);
        if (uses > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Training records use this module.",
                detail: $"{uses} training record(s) use this module; it is kept.",
                extensions: new Dictionary<string, object?> { ["completions"] = uses });
        }

        // Even an unused module counts: a refresher never taken runs from the initial training, and every initial
        // module must be finished; removing one can therefore change qualifications.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.TrainingModules.Remove(module);
        await db.SaveChangesAsync(ct);
        await qualifications.RefreshAllAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// 409 when another module already has <paramref name="name"/>, whatever its case or spaces: the pages and exports
    /// show modules by name, so two alike would be told apart by nobody. There are a few modules, hence compared here.
    /// </summary>
    private static async Task<ProblemHttpResult?> NameTakenAsync(SchedulerDbContext db, string name, string? exceptId, CancellationToken ct)
    {
        var wanted = Spaced(name);
        var others = await db.TrainingModules.AsNoTracking().Where(m => m.Id != exceptId).Select(m => m.Name).ToListAsync(ct);
        return others.Any(n => string.Equals(Spaced(n), wanted, StringComparison.OrdinalIgnoreCase))
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A module with this name exists.",
                detail: wanted,
                extensions: new Dictionary<string, object?> { ["field"] = "name" })
            : null;

        static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The rules a module's fields follow on creation and on change, by their JSON names.</summary>
    private static void CheckModule(FieldErrors errors, string? name, TrainingModuleKind? kind, int? durationDays, int? validityMonths)
    {
        errors.Required("name", name, 200);
        errors.Required("kind", kind);
        if (durationDays is < 0 or > 365)
        {
            errors.Add("durationDays", "From 0 to 365.");
        }

        if (kind == TrainingModuleKind.Refresher && validityMonths is not (>= 1 and <= 120))
        {
            errors.Add("validityMonths", "A refresher needs a validity from 1 to 120 months.");
        }

        if (kind == TrainingModuleKind.Initial && validityMonths is not null)
        {
            errors.Add("validityMonths", "The initial training does not expire; renewal is what refreshers are for.");
        }
    }
}
