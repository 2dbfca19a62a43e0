using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Payroll;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.SelfService;

/// <summary>
/// One's own things, for everyone the rota plans (listeners, and managers who take turns on duty): profile, published
/// shifts, availability and preferences. Nobody else's.
/// </summary>
public static class MeEndpoints
{
    /// <summary>The longest range of shifts one request may ask for, in days.</summary>
    public const int MaxRangeDays = 366;

    /// <summary>The coming days whose shift changes <c>GET /api/me/changes</c> reports (the listener page's 28 days).</summary>
    public const int ChangesDays = 28;

    public static RouteGroupBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me").WithTags("Me").RequireAuthorization(Policies.OnRota);
        group.MapGet("/", (ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, CancellationToken ct) =>
            WithStaff(p, u, async id => (IResult)await StaffEndpoints.GetAsync(id, db, clock, ct)));
        group.MapGet("/shifts", ShiftsAsync);
        group.MapGet("/hours", (string? month, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct) =>
            WithStaff(p, u, async id => (IResult)await HoursEndpoints.GetAsync(month, db, ct, only: id)));
        group.MapGet("/changes", (ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, CancellationToken ct) =>
            WithStaff(p, u, async id => Results.Ok(await MyShiftChanges.RecentAsync(db, id, clock.GetCurrentInstant(), clock.Today(), clock.Today().PlusDays(ChangesDays - 1), ct))));
        group.MapGet("/leave", (ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, CancellationToken ct) =>
            WithStaff(p, u, async id => Results.Ok(await PaidLeaveTally.LoadAsync(db, id, clock.Today(), ct))));
        group.MapGet("/absences", (ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct) =>
            WithStaff(p, u, async id => Results.Ok(await Availability.ListAbsencesAsync(db, id, ct))));
        group.MapPost("/absences", (AbsenceRequest request, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct) =>
            WithStaff(p, u, async id => (IResult)await Availability.AddAbsenceAsync(db, id, request, selfService: true, "/api/me/absences", ct)));
        group.MapDelete("/absences/{absenceId:guid}", (Guid absenceId, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, TimeOffCancellation cancellation, CancellationToken ct) =>
            WithStaff(p, u, async id => (IResult)await Availability.DeleteAbsenceAsync(db, cancellation, p, id, absenceId, selfService: true, ct)));
        group.MapGet("/preferences", (ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct) =>
            WithStaff(p, u, async id => Results.Ok(await Availability.ListPreferencesAsync(db, id, ct))));
        group.MapPut("/preferences", (List<PreferenceRequest>? request, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct) =>
            WithStaff(p, u, async id => (IResult)await Availability.ReplacePreferencesAsync(db, id, request, ct)));
        return group;
    }

    /// <summary>Shifts of published rotas only, from <paramref name="from"/> to <paramref name="to"/> inclusive (yyyy-MM-dd).</summary>
    public static Task<IResult> ShiftsAsync(
        string? from, string? to, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, CancellationToken ct) =>
        WithStaff(p, u, async staffId =>
        {
            var errors = new FieldErrors();
            var first = errors.ParseDate("from", from);
            var last = errors.ParseDate("to", to);
            if (first is { } f && last is { } l && (l < f || Period.DaysBetween(f, l) >= MaxRangeDays))
            {
                errors.Add("to", $"On or after 'from', and at most {MaxRangeDays} days after it.");
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            return Results.Ok(await PublishedShiftsAsync(db, staffId, first!.Value, last!.Value, ct));
        });

    public static async Task<List<MyShiftResponse>> PublishedShiftsAsync(SchedulerDbContext db, Guid staffId, LocalDate from, LocalDate to, CancellationToken ct) =>
        await db.Assignments
            .Where(a => a.StaffId == staffId && a.Date >= from && a.Date <= to)
            .OnPublishedRotas(db.Rotas)
            .OrderBy(a => a.Date).ThenBy(a => a.Start)
            .Select(a => new MyShiftResponse(a.Id, a.RotaId, a.Date, a.Start, a.End, a.BreakStart, a.BreakEnd, a.Channel))
            .ToListAsync(ct);

    internal static async Task<IResult> WithStaff(ClaimsPrincipal principal, UserManager<SchedulerUser> users, Func<Guid, Task<IResult>> action)
    {
        var (_, staffId) = await CurrentStaff.FindAsync(principal, users);
        return staffId is { } id ? await action(id) : CurrentStaff.NotLinked();
    }
}
