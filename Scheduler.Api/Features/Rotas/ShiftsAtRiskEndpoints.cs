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
        return app;
    }

    /// <param name="days">From today, how many days to look at (1 to 56; 14 by default).</param>
    public static async Task<Results<Ok<IReadOnlyList<ShiftAtRisk>>, ValidationProblem>> ListAsync(int? days, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        if (days is < 1 or > ShiftsAtRisk.MaxDays)
        {
            var errors = new FieldErrors();
            errors.Add("days", $"From 1 to {ShiftsAtRisk.MaxDays}.");
            return errors.ToProblem();
        }

        var today = clock.Today();
        return TypedResults.Ok(await ShiftsAtRisk.BetweenAsync(db, today, today.PlusDays((days ?? DefaultDays) - 1), ct));
    }
}
