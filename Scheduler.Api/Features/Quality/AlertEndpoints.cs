using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Quality;

public sealed record AlertResponse(
    Guid Id, string Key, string Kind, Instant RaisedAt, LocalDate Date, string Details, string? DetailsEnglish, string? Channel, string? StaffId,
    string? AcknowledgedBy, Instant? AcknowledgedAt)
{
    public static AlertResponse From(AlertEntity a) =>
        new(a.Id, a.Key, a.Kind, a.RaisedAt, a.Date, a.Details, a.DetailsEnglish, a.Channel, a.StaffId, a.AcknowledgedBy, a.AcknowledgedAt);
}

/// <summary>Quality alerts: listed newest first, acknowledged by a manager or quality lead.</summary>
public static class AlertEndpoints
{
    public const int MaxTake = 500;

    public static RouteGroupBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Policies.ManagerOrQualityLead);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/acknowledge", AcknowledgeAsync);
        return group;
    }

    /// <param name="acknowledged">true: only acknowledged ones; false: only open ones; absent: both.</param>
    public static async Task<Results<Ok<List<AlertResponse>>, ValidationProblem>> ListAsync(
        bool? acknowledged, string? kind, int? take, SchedulerDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.MaxLength("kind", kind, 40);
        if (take is < 1 or > MaxTake)
        {
            errors.Add("take", $"From 1 to {MaxTake}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Alerts.AsNoTracking();
        if (acknowledged is { } ack)
        {
            query = ack ? query.Where(a => a.AcknowledgedAt != null) : query.Where(a => a.AcknowledgedAt == null);
        }

        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(a => a.Kind == kind);
        }

        var rows = await query.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Key).Take(take ?? 100).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(AlertResponse.From).ToList());
    }

    /// <summary>Idempotent: acknowledging again keeps the first acknowledgement.</summary>
    public static async Task<Results<Ok<AlertResponse>, NotFound>> AcknowledgeAsync(
        Guid id, HttpContext context, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null)
        {
            return TypedResults.NotFound();
        }

        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = clock.GetCurrentInstant();
            alert.AcknowledgedBy = context.User.Identity?.Name ?? "unknown";
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(AlertResponse.From(alert));
    }
}
