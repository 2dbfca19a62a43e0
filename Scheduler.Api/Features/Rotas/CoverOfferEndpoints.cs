using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.SelfService;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Shifts offered to volunteers (<see cref="CoverOffers"/>): managers offer a published shift, read and withdraw the
/// offer, and list the open ones; the people who could take one list theirs and volunteer, or take their word back; a
/// holder offers their own shift, or takes the offer back.
/// </summary>
public static class CoverOfferEndpoints
{
    public static IEndpointRouteBuilder MapCoverOfferEndpoints(this IEndpointRouteBuilder app)
    {
        var offer = app.MapGroup("/api/rotas/{id:guid}/assignments/{shiftId:guid}/cover/offer").WithTags("Rotas").RequireAuthorization(Policies.Manager);
        offer.MapGet("/", GetAsync);
        offer.MapPost("/", PostAsync);
        offer.MapDelete("/", DeleteAsync);
        app.MapGet("/api/cover-offers", ListAsync).WithTags("Rotas").RequireAuthorization(Policies.Manager);
        var mine = app.MapGroup("/api/me/cover-offers").WithTags("Me").RequireAuthorization(Policies.OnRota);
        mine.MapGet("/", (ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, RotaProblemFactory problems, IClock clock, CancellationToken ct) =>
            MeEndpoints.WithStaff(p, u, async me => Results.Ok(await CoverOffers.ForAsync(db, problems, me, clock.Today(), ct))));
        mine.MapPost("/{offerId:guid}/volunteer", (Guid offerId, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, RotaProblemFactory problems, IClock clock, CancellationToken ct) =>
            MeEndpoints.WithStaff(p, u, me => CoverOffers.VolunteerAsync(db, problems, offerId, me, clock, ct)));
        mine.MapDelete("/{offerId:guid}/volunteer", (Guid offerId, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct) =>
            MeEndpoints.WithStaff(p, u, me => CoverOffers.WithdrawVolunteerAsync(db, offerId, me, ct)));
        var myShift = app.MapGroup("/api/me/shifts/{shiftId:guid}/offer").WithTags("Me").RequireAuthorization(Policies.OnRota);
        myShift.MapPost("/", (Guid shiftId, CoverOfferRequest? request, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, RotaProblemFactory problems,
            CoverOfferMail mail, RequestSubmittedMail managers, IClock clock, CancellationToken ct) =>
            MeEndpoints.WithStaff(p, u, me => CoverOffers.OfferMineAsync(db, problems, mail, managers, me, shiftId, request?.Note, p.Identity?.Name ?? "unknown", clock, ct)));
        myShift.MapDelete("/", (Guid shiftId, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CoverOfferMail mail, IClock clock, CancellationToken ct) =>
            MeEndpoints.WithStaff(p, u, me => CoverOffers.WithdrawMineAsync(db, mail, me, shiftId, clock, ct)));
        return app;
    }

    public static async Task<IResult> GetAsync(Guid id, Guid shiftId, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        if (!await ShiftHandoverEndpoints.InRotaAsync(db, id, shiftId, ct))
        {
            return TypedResults.NotFound();
        }

        var open = (await CoverOffers.OpenAsync(db, clock.Today(), ct)).FirstOrDefault(o => o.Shift.Id == shiftId);
        return open is null ? TypedResults.NotFound() : TypedResults.Ok(open.ToResponse(await RotaEndpoints.NamesAsync(db, ct)));
    }

    public static async Task<IResult> PostAsync(
        Guid id, Guid shiftId, CoverOfferRequest? request, SchedulerDbContext db, RotaProblemFactory problems, CoverOfferMail mail, IClock clock, ClaimsPrincipal user, CancellationToken ct) =>
        await ShiftHandoverEndpoints.InRotaAsync(db, id, shiftId, ct)
            ? await CoverOffers.OfferAsync(db, problems, mail, shiftId, request?.Note, user.Identity?.Name ?? "unknown", clock, ct)
            : TypedResults.NotFound();

    public static async Task<IResult> DeleteAsync(Guid id, Guid shiftId, SchedulerDbContext db, CoverOfferMail mail, IClock clock, CancellationToken ct) =>
        await ShiftHandoverEndpoints.InRotaAsync(db, id, shiftId, ct) ? await CoverOffers.WithdrawAsync(db, mail, shiftId, clock, ct) : TypedResults.NotFound();

    public static async Task<IResult> ListAsync(SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var open = await CoverOffers.OpenAsync(db, clock.Today(), ct);
        var names = await RotaEndpoints.NamesAsync(db, ct);
        return TypedResults.Ok(open.Select(o => o.ToResponse(names)).ToList());
    }
}
