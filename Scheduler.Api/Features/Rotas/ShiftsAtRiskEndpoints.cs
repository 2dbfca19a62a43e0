using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Errors;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Rotas;

/// <summary><c>GET /api/shifts-to-cover?days=14</c> (managers): the published shifts of the coming days that need cover (<see cref="ShiftsAtRisk"/>).</summary>
public static class ShiftsAtRiskEndpoints
{
    public const int DefaultDays = 14;

    public static IEndpointRouteBuilder MapShiftsAtRiskEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/shifts-to-cover", ListAsync).WithTags("Rotas").RequireAuthorization(Policies.Manager);
        app.MapGet("/api/floor-gaps", GapsAsync).WithTags("Rotas").RequireAuthorization(Policies.Manager);
        return app;
    }

    /// <param name="days">From today, how many days to look at (1 to 56; 14 by default).</param>
    public static async Task<Results<Ok<IReadOnlyList<ShiftAtRisk>>, ValidationProblem>> ListAsync(int? days, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        if (Invalid(days) is { } problem)
        {
            return problem;
        }

        var today = clock.Today();
        return TypedResults.Ok(await ShiftsAtRisk.BetweenAsync(db, today, today.PlusDays((days ?? DefaultDays) - 1), ct));
    }

    /// <summary><c>GET /api/floor-gaps?days=14</c>: where the floor would fall below its minimum if those shifts are not covered (<see cref="FloorGaps"/>).</summary>
    public static async Task<Results<Ok<List<RotaViolation>>, ValidationProblem>> GapsAsync(int? days, SchedulerDbContext db, RotaProblemFactory problems, IClock clock, CancellationToken ct)
    {
        if (Invalid(days) is { } problem)
        {
            return problem;
        }

        var today = clock.Today();
        var gaps = await FloorGaps.BetweenAsync(db, problems, today, today.PlusDays((days ?? DefaultDays) - 1), ct);
        return TypedResults.Ok(gaps.Select(v => new RotaViolation(v.Rule, v.MessageEn, null, v.Date, v.MessageFr)).ToList());
    }

    private static ValidationProblem? Invalid(int? days)
    {
        if (days is >= 1 and <= ShiftsAtRisk.MaxDays or null)
        {
            return null;
        }

        var errors = new FieldErrors();
        errors.Add("days", $"From 1 to {ShiftsAtRisk.MaxDays}.");
        return errors.ToProblem();
    }
}
