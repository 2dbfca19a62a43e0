using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Solving as a background job: <c>POST /api/rotas</c> and <c>POST /api/rotas/{id}/replan</c> answer 202 with the
/// status URL <c>/api/rotas/solves/{id}</c>; the status shows progress and, once done, the draft (and a re-plan's changes).
/// </summary>
public static class SolveEndpoints
{
    public static RouteGroupBuilder MapSolveEndpoints(this RouteGroupBuilder rotas)
    {
        ArgumentNullException.ThrowIfNull(rotas);
        rotas.MapPost("/", StartAsync).RequireAuthorization(Policies.Manager);
        rotas.MapPost("/{id:guid}/replan", ReplanAsync).RequireAuthorization(Policies.Manager);
        rotas.MapGet("/solves/{id:guid}", GetAsync).WithName("GetSolve");
        rotas.MapPost("/solves/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Manager);
        return rotas;
    }

    public static async Task<Results<Accepted<SolveRunResponse>, ValidationProblem>> StartAsync(
        SolveRequest request, SolveDispatcher dispatcher, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = request.Check();
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var run = await dispatcher.EnqueueAsync(request.Start!.Value, request.Weeks!.Value, request.Options, Actor(user), null, false, ct);
        return Accepted(run);
    }

    public static async Task<Results<Accepted<SolveRunResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ReplanAsync(
        Guid id, ReplanRequest? request, SolveDispatcher dispatcher, SchedulerDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new FieldErrors();
        SolveRequest.CheckOptions(errors, "options.", request?.Options);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var outcome = await RotaReplanning.EnqueueAsync(id, request?.Options, request?.PinUnchanged ?? false, Actor(user), db, dispatcher, ct);
        if (!outcome.RotaFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Run is not { } run)
        {
            return Conflicts.State($"The rota is {outcome.RotaStatus}; only a published rota is re-planned (edit a draft instead).");
        }

        return Accepted(run);
    }

    public static async Task<Results<Ok<SolveRunResponse>, NotFound>> GetAsync(Guid id, SchedulerDbContext db, CancellationToken ct)
    {
        var run = await db.SolveRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(SolveRunResponse.From(run));
    }

    public static async Task<Results<Accepted<SolveRunResponse>, NotFound, ProblemHttpResult>> CancelAsync(
        Guid id, SolveDispatcher dispatcher, SchedulerDbContext db, CancellationToken ct)
    {
        var run = await db.SolveRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (!await dispatcher.CancelAsync(run, ct))
        {
            return Conflicts.State($"The solve has already ended ({run.Status}).");
        }

        var now = await db.SolveRuns.AsNoTracking().FirstAsync(r => r.Id == id, ct);
        return TypedResults.Accepted($"/api/rotas/solves/{id}", SolveRunResponse.From(now));
    }

    /// <summary>202 with the status URL as a path (the same on every node behind a load balancer).</summary>
    private static Accepted<SolveRunResponse> Accepted(SolveRunEntity run) =>
        TypedResults.Accepted($"/api/rotas/solves/{run.Id}", SolveRunResponse.From(run));

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
