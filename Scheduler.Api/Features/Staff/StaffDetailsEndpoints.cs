using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Staff;

/// <summary>A person's contracts, qualification, absences and preferences, for managers.</summary>
public static class StaffDetailsEndpoints
{
    public static RouteGroupBuilder MapStaffDetailsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/{id:guid}").WithTags("Staff").RequireAuthorization(Policies.Manager);
        group.MapGet("/contracts", ListContractsAsync);
        group.MapPost("/contracts", AddContractAsync);
        group.MapPut("/qualification", SetQualificationAsync);
        group.MapGet("/absences", async (Guid id, SchedulerDbContext db, CancellationToken ct) =>
            await Exists(db, id, ct) ? Results.Ok(await Availability.ListAbsencesAsync(db, id, ct)) : Results.NotFound());
        group.MapPost("/absences", async (Guid id, AbsenceRequest request, SchedulerDbContext db, CancellationToken ct) =>
            await Exists(db, id, ct) ? (IResult)await Availability.AddAbsenceAsync(db, id, request, selfService: false, $"/api/staff/{id}/absences", ct) : Results.NotFound());
        group.MapDelete("/absences/{absenceId:guid}", (Guid id, Guid absenceId, SchedulerDbContext db, TimeOffCancellation cancellation, ClaimsPrincipal user, CancellationToken ct) =>
            Availability.DeleteAbsenceAsync(db, cancellation, user, id, absenceId, selfService: false, ct));
        group.MapGet("/leave", async (Guid id, SchedulerDbContext db, IClock clock, CancellationToken ct) =>
            await PaidLeaveTally.LoadAsync(db, id, clock.Today(), ct) is { } leave ? Results.Ok(leave) : Results.NotFound());
        group.MapGet("/preferences", async (Guid id, SchedulerDbContext db, CancellationToken ct) =>
            await Exists(db, id, ct) ? Results.Ok(await Availability.ListPreferencesAsync(db, id, ct)) : Results.NotFound());
        group.MapPut("/preferences", async (Guid id, List<PreferenceRequest>? request, SchedulerDbContext db, CancellationToken ct) =>
            await Exists(db, id, ct) ? (IResult)await Availability.ReplacePreferencesAsync(db, id, request, ct) : Results.NotFound());
        return group;
    }

    public static async Task<Results<Ok<List<ContractResponse>>, NotFound>> ListContractsAsync(Guid id, SchedulerDbContext db, CancellationToken ct)
    {
        if (!await Exists(db, id, ct))
        {
            return TypedResults.NotFound();
        }

        var contracts = await db.Contracts.Where(c => c.StaffId == id).OrderBy(c => c.ValidFrom).ToListAsync(ct);
        return TypedResults.Ok(contracts.Select(ContractResponse.From).ToList());
    }

    /// <summary>A new contract from <c>validFrom</c>: the one in force the day before ends then.</summary>
    public static async Task<Results<Ok<List<ContractResponse>>, NotFound, ValidationProblem, ProblemHttpResult>> AddContractAsync(
        Guid id, ContractRequest request, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var staff = await StaffEndpoints.Query(db).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        errors.Required("validFrom", request.ValidFrom);
        errors.DateInRange("validFrom", request.ValidFrom);
        StaffValidation.CheckWeeklyHours(errors, "weeklyHours", request.WeeklyHours);
        if (request.ExtraMinutesAllowed is < 0 or > 48 * 60)
        {
            errors.Add("extraMinutesAllowed", "Between 0 and 2880 minutes.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        StaffChanges.SetWeeklyMinutes(staff, StaffValidation.ToMinutes(request.WeeklyHours!.Value), request.ValidFrom!.Value, request.ExtraMinutesAllowed ?? 0);
        var saved = await StaffEndpoints.SaveVersionedAsync(db, staff, staff.Version, clock.Today(), ct);
        return saved.Result is ProblemHttpResult conflict
            ? conflict
            : TypedResults.Ok(staff.Contracts.OrderBy(c => c.ValidFrom).Select(ContractResponse.From).ToList());
    }

    public static async Task<Results<Ok<StaffResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SetQualificationAsync(
        Guid id, QualificationRequest request, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var staff = await StaffEndpoints.Query(db).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        errors.Required("isTrained", request.IsTrained);
        errors.DateInRange("qualifiedUntil", request.QualifiedUntil);
        StaffValidation.CheckChannels(errors, request.Channels);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        staff.IsTrained = request.IsTrained!.Value;
        staff.QualifiedUntil = request.QualifiedUntil;
        if (request.Channels is { } channels)
        {
            StaffChanges.SetChannels(staff, channels);
        }

        return await StaffEndpoints.SaveVersionedAsync(db, staff, staff.Version, clock.Today(), ct);
    }

    private static Task<bool> Exists(SchedulerDbContext db, Guid id, CancellationToken ct) => db.Staff.AnyAsync(s => s.Id == id, ct);
}
