using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Staff;

/// <summary>The people of the platform. Managers edit; quality leads read (training compliance). Nobody is hard-deleted.</summary>
public static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff").WithTags("Staff").RequireAuthorization(Policies.ManagerOrQualityLead);
        group.MapGet("/", ListAsync).WithName("ListStaff");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetStaff");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Manager);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Manager);
        group.MapPost("/{id:guid}/deactivate", DeactivateAsync).RequireAuthorization(Policies.Manager);
        group.MapPost("/{id:guid}/reactivate", ReactivateAsync).RequireAuthorization(Policies.Manager);
        return group;
    }

    public static async Task<Ok<List<StaffResponse>>> ListAsync(SchedulerDbContext db, IClock clock, bool? includeInactive, CancellationToken ct)
    {
        var staff = await Query(db).Where(s => includeInactive == true || s.IsActive).OrderBy(s => s.Name).ToListAsync(ct);
        var today = clock.Today();
        return TypedResults.Ok(staff.Select(s => StaffResponse.From(s, today)).ToList());
    }

    public static async Task<Results<Ok<StaffResponse>, NotFound>> GetAsync(Guid id, SchedulerDbContext db, IClock clock, CancellationToken ct) =>
        await Query(db).FirstOrDefaultAsync(s => s.Id == id, ct) is { } staff
            ? TypedResults.Ok(StaffResponse.From(staff, clock.Today()))
            : TypedResults.NotFound();

    public static async Task<Results<CreatedAtRoute<StaffResponse>, ValidationProblem>> CreateAsync(
        StaffRequest request, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var errors = StaffValidation.Check(request, isUpdate: false);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var today = clock.Today();
        var staff = new StaffEntity { Id = Guid.NewGuid(), Name = request.Name!.Trim(), Role = request.Role!.Value };
        Apply(staff, request, today);
        db.Staff.Add(staff);
        await db.SaveChangesAsync(ct);
        return TypedResults.CreatedAtRoute(StaffResponse.From(staff, today), "GetStaff", new { id = staff.Id });
    }

    public static async Task<Results<Ok<StaffResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, StaffRequest request, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var staff = await Query(db).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }

        var errors = StaffValidation.Check(request, isUpdate: true);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var today = clock.Today();
        if (staff.Version != request.Version)
        {
            return Conflicts.Stale(StaffResponse.From(staff, today));
        }

        staff.Name = request.Name!.Trim();
        staff.Role = request.Role!.Value;
        Apply(staff, request, today);
        return await SaveVersionedAsync(db, staff, request.Version!.Value, today, ct);
    }

    public static async Task<Results<Ok<StaffResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DeactivateAsync(
        Guid id, ClaimsPrincipal user, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var staff = await Query(db).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }

        // Deactivation closes the person's account: a manager doing it to their own record would lock themselves out.
        var actor = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (actor is not null && await db.Users.AnyAsync(u => u.Id == actor && u.StaffId == id, ct))
        {
            return TypedResults.Problem("Your own record cannot be deactivated by you: another manager must do it.", statusCode: StatusCodes.Status409Conflict, title: "Self");
        }

        staff.IsActive = false;
        await CloseAccountsAsync(db, id, ct);
        return await SaveVersionedAsync(db, staff, staff.Version, clock.Today(), ct);
    }

    /// <summary>Undoes a deactivation: the person counts for the next rotas again, and the accounts it closed open again.</summary>
    public static async Task<Results<Ok<StaffResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ReactivateAsync(
        Guid id, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        var staff = await Query(db).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }

        staff.IsActive = true;
        // Only the lock deactivation set ends; the sign-ins it ended stay ended, and the calendar link is asked again.
        foreach (var user in (await db.Users.Where(u => u.StaffId == id).ToListAsync(ct)).Where(u => u.IsClosed))
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }

        return await SaveVersionedAsync(db, staff, staff.Version, clock.Today(), ct);
    }

    /// <summary>
    /// Someone who leaves the platform loses its access with the same save: the sign-in accounts linked to the record are
    /// locked for good (sign-in and token refresh refused), a new security stamp ends their cookies and tokens at their next
    /// request (<see cref="Scheduler.Api.Auth.RevokedSignIns"/>), and their calendar feed URL stops answering. Colleagues' shifts are no longer theirs to see.
    /// </summary>
    private static async Task CloseAccountsAsync(SchedulerDbContext db, Guid staffId, CancellationToken ct)
    {
        foreach (var user in await db.Users.Where(u => u.StaffId == staffId).ToListAsync(ct))
        {
            user.LockoutEnabled = true;
            user.LockoutEnd = SchedulerUser.ClosedUntil;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.CalendarToken = null;
        }
    }

    /// <summary>Saves with a new version, checking in the database that nobody saved since <paramref name="expectedVersion"/>.</summary>
    public static async Task<Results<Ok<StaffResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SaveVersionedAsync(
        SchedulerDbContext db, StaffEntity staff, Guid expectedVersion, LocalDate today, CancellationToken ct)
    {
        db.Entry(staff).Property(s => s.Version).OriginalValue = expectedVersion;
        staff.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await Query(db).FirstAsync(s => s.Id == staff.Id, ct);
            return Conflicts.Stale(StaffResponse.From(current, today));
        }

        return TypedResults.Ok(StaffResponse.From(staff, today));
    }

    public static IQueryable<StaffEntity> Query(SchedulerDbContext db) =>
        db.Staff.Include(s => s.Contracts).Include(s => s.Skills).AsSplitQuery();

    private static void Apply(StaffEntity staff, StaffRequest request, LocalDate today)
    {
        staff.Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        staff.IsTrained = request.IsTrained ?? staff.IsTrained;
        staff.QualifiedUntil = request.QualifiedUntil;
        if (request.Channels is { } channels)
        {
            StaffChanges.SetChannels(staff, channels);
        }

        // The extra hours allowed stay as the contract in force has them: this body has no field for them, so an update
        // that keeps the weekly hours (a new name, a new channel) changes no contract.
        StaffChanges.SetWeeklyMinutes(staff, StaffValidation.ToMinutes(request.WeeklyHours!.Value), today, staff.ContractOn(today)?.ExtraMinutesAllowed ?? 0);
    }
}
