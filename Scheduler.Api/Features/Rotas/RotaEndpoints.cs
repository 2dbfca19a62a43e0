using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Rotas;

/// <summary>Rotas: read by managers and quality leads; imported, edited (a shift changed, added or removed) and published by managers.</summary>
public static class RotaEndpoints
{
    public static RouteGroupBuilder MapRotaEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rotas").WithTags("Rotas").RequireAuthorization(Policies.ManagerOrQualityLead);
        group.MapGet("/", ListAsync).WithName("ListRotas");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetRota");
        group.MapGet("/{id:guid}/file", RotaFileExport.DownloadAsync).RequireAuthorization(Policies.Manager);
        group.MapGet("/{id:guid}/history", History.RotaHistoryApi.GetAsync).RequireAuthorization(Policies.Manager);
        group.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Manager);
        group.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(Policies.Manager);
        group.MapPut("/{id:guid}/assignments/{assignmentId:guid}", RotaEdits.UpdateAssignmentAsync).RequireAuthorization(Policies.Manager);
        group.MapPost("/{id:guid}/assignments", RotaEdits.AddAssignmentAsync).RequireAuthorization(Policies.Manager);
        group.MapDelete("/{id:guid}/assignments/{assignmentId:guid}", RotaEdits.RemoveAssignmentAsync).RequireAuthorization(Policies.Manager);
        return group;
    }

    public static async Task<Ok<List<RotaSummaryResponse>>> ListAsync(SchedulerDbContext db, RotaStatus? status, CancellationToken ct)
    {
        var rotas = await db.Rotas.Where(r => status == null || r.Status == status)
            .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.CreatedAt)
            .Select(r => new { Rota = r, Count = r.Assignments.Count })
            .ToListAsync(ct);
        return TypedResults.Ok(rotas.Select(x => RotaSummaryResponse.From(x.Rota, x.Count)).ToList());
    }

    public static async Task<Results<Ok<RotaResponse>, NotFound>> GetAsync(Guid id, SchedulerDbContext db, CancellationToken ct)
    {
        var rota = await db.Rotas.Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == id, ct);
        return rota is null ? TypedResults.NotFound() : TypedResults.Ok(RotaResponse.From(rota, await NamesAsync(db, ct)));
    }

    public static async Task<Results<CreatedAtRoute<RotaResponse>, ValidationProblem>> ImportAsync(
        RotaImportRequest request, RotaDrafts drafts, SchedulerDbContext db, CancellationToken ct)
    {
        var (rota, errors) = await drafts.CreateAsync(request, ct);
        return rota is null
            ? errors.ToProblem()
            : TypedResults.CreatedAtRoute(RotaResponse.From(rota, await NamesAsync(db, ct)), "GetRota", new { id = rota.Id });
    }

    public static Task<Results<Ok<PublishResponse>, NotFound, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid id, PublishRequest? request, RotaPublisher publisher, ClaimsPrincipal user, CancellationToken ct) =>
        publisher.PublishAsync(id, request, user.Identity?.Name ?? "unknown", ct);

    public static async Task<Dictionary<Guid, string>> NamesAsync(SchedulerDbContext db, CancellationToken ct) =>
        await db.Staff.ToDictionaryAsync(s => s.Id, s => s.Name, ct);
}
