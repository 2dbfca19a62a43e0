using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Audit;

public sealed record AuditEntryResponse(long Id, Instant At, string Actor, string EntityType, string EntityKey, string Action, string? Before, string? After, string? Reason);

/// <summary>Read-only view of the audit log for managers: who changed what, newest first.</summary>
public static class AuditEndpoints
{
    public const int MaxTake = 500;

    public static RouteGroupBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Manager);
        group.MapGet("/", ListAsync);
        return group;
    }

    /// <param name="entityKey">Matches the entity's key and its owned rows ("&lt;staff id&gt;" also finds "&lt;staff id&gt;/contracts/…").</param>
    public static async Task<Results<Ok<List<AuditEntryResponse>>, ValidationProblem>> ListAsync(
        string? entityType, string? entityKey, int? take, SchedulerDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.MaxLength("entityType", entityType, 50);
        errors.MaxLength("entityKey", entityKey, 120);
        if (take is < 1 or > MaxTake)
        {
            errors.Add("take", $"From 1 to {MaxTake}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.AuditLog.AsQueryable();
        if (!string.IsNullOrEmpty(entityType))
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        if (!string.IsNullOrEmpty(entityKey))
        {
            query = query.Where(a => a.EntityKey.StartsWith(entityKey));
        }

        var entries = await query.OrderByDescending(a => a.Id).Take(take ?? 100)
            .Select(a => new AuditEntryResponse(a.Id, a.At, a.Actor, a.EntityType, a.EntityKey, a.Action, a.Before, a.After, a.Reason))
            .ToListAsync(ct);
        return TypedResults.Ok(entries);
    }
}
