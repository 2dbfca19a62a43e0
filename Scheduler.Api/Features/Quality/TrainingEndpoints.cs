using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Time;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>Training modules, completions and compliance. Quality leads read; managers keep the records.</summary>
public static partial class TrainingEndpoints
{
    public static RouteGroupBuilder MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/training").WithTags("Training").RequireAuthorization(Policies.ManagerOrQualityLead);
        group.MapGet("/compliance", ComplianceAsync);
        group.MapGet("/modules", async (SchedulerDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.TrainingModules.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct)).Select(TrainingModuleResponse.From).ToList()));
        group.MapPost("/modules", CreateModuleAsync).RequireAuthorization(Policies.Manager);
        group.MapPut("/modules/{id}", UpdateModuleAsync).RequireAuthorization(Policies.Manager);
        group.MapDelete("/modules/{id}", DeleteModuleAsync).RequireAuthorization(Policies.Manager);
        group.MapGet("/completions", async (SchedulerDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.TrainingCompletions.AsNoTracking().OrderBy(c => c.CompletedOn).ToListAsync(ct)).Select(TrainingCompletionResponse.From).ToList()));
        group.MapPost("/completions", CreateCompletionAsync).RequireAuthorization(Policies.Manager);
        return group;
    }

    public static async Task<Ok<List<ComplianceResponse>>> ComplianceAsync(SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var today = clock.Today();
        var modules = (await db.TrainingModules.AsNoTracking().ToListAsync(ct)).Select(m => m.ToDomain()).ToList();
        var completions = (await db.TrainingCompletions.AsNoTracking().ToListAsync(ct)).Select(c => c.ToDomain()).ToList();
        var listeners = await db.Staff.AsNoTracking().Where(s => s.IsActive && s.Role == StaffRole.Listener).OrderBy(s => s.Name).ToListAsync(ct);
        var compliance = new TrainingCompliance(modules);
        var tracked = completions.Select(c => c.StaffId).ToHashSet(StringComparer.Ordinal);
        return TypedResults.Ok(listeners.Select(s =>
        {
            var id = s.Id.ToString();
            if (tracked.Contains(id))
            {
                var q = compliance.Evaluate(id, completions, today);
                return new ComplianceResponse(s.Id, s.Name, q.State, q.IsTrained, q.QualifiedUntil, q.UntrainedFrom, true, q.Modules);
            }

            // Not tracked: the manager's flag and date decide, read with the same states.
            var state = !s.IsTrained ? QualificationState.Untrained
                : s.QualifiedUntil is not { } until ? QualificationState.Valid
                : until < today ? QualificationState.Expired
                : Period.DaysBetween(today, until) <= 30 ? QualificationState.ExpiringSoon : QualificationState.Valid;
            return new ComplianceResponse(s.Id, s.Name, state, s.IsTrained, s.QualifiedUntil,
                s.IsTrained ? s.QualifiedUntil?.PlusDays(1) : null, false, []);
        }).ToList());
    }

    public static async Task<Results<Created<TrainingCompletionResponse>, ValidationProblem>> CreateCompletionAsync(
        TrainingCompletionRequest request, SchedulerDbContext db, QualificationRefresh qualifications, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("staffId", request.StaffId);
        errors.Required("moduleId", request.ModuleId, TrainingModuleConfiguration.IdLength);
        errors.Required("completedOn", request.CompletedOn);
        errors.DateInRange("completedOn", request.CompletedOn);
        if (request.StaffId is { } staffId && !await db.Staff.AnyAsync(s => s.Id == staffId, ct))
        {
            errors.Add("staffId", "No staff member has this id.");
        }

        if (request.ModuleId is { } moduleId && !await db.TrainingModules.AnyAsync(m => m.Id == moduleId, ct))
        {
            errors.Add("moduleId", "No training module has this id.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var completion = new TrainingCompletionEntity
        {
            Id = Guid.NewGuid(), StaffId = request.StaffId!.Value, ModuleId = request.ModuleId!, CompletedOn = request.CompletedOn!.Value,
        };
        if (await db.TrainingCompletions.FirstOrDefaultAsync(
            c => c.StaffId == completion.StaffId && c.ModuleId == completion.ModuleId && c.CompletedOn == completion.CompletedOn, ct) is { } same)
        {
            // Recording the same completion twice is harmless: answer with the one stored.
            await qualifications.RefreshAsync(same.StaffId, ct);
            return TypedResults.Created($"/api/training/completions/{same.Id}", TrainingCompletionResponse.From(same));
        }

        db.TrainingCompletions.Add(completion);
        await db.SaveChangesAsync(ct);
        // As the daily training job would, so the staff list and the next rota see the training the same day.
        await qualifications.RefreshAsync(completion.StaffId, ct);
        return TypedResults.Created($"/api/training/completions/{completion.Id}", TrainingCompletionResponse.From(completion));
    }
}
