using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.SelfService;

/// <summary>How many days from today I will be off sick, and a word for the managers.</summary>
public sealed record SickCallRequest(int? Days, string? Note);

/// <summary>The sickness recorded, my published shifts it falls on (to cover), and how many managers were e-mailed.</summary>
public sealed record SickCallResponse(AbsenceResponse Absence, IReadOnlyList<MyShiftResponse> ShiftsToCover, int ManagersTold);

/// <summary>
/// <c>POST /api/me/sick-call</c>: someone on the rota says they are off sick from today, themselves, rather than by a
/// phone call a manager then types in: the sickness is recorded at once (the managers' home lists its shifts to cover)
/// and every manager is e-mailed with those shifts and their cover links.
/// </summary>
public static class SickCall
{
    /// <summary>The longest a sick call covers; a longer absence is the managers' to record, with the doctor's note.</summary>
    public const int MaxDays = 7;

    public static IEndpointRouteBuilder MapSickCallEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/me/sick-call", (SickCallRequest? request, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, SickCallMail mail, IClock clock, CancellationToken ct) =>
            MeEndpoints.WithStaff(p, u, me => DeclareAsync(db, mail, me, request, clock, ct))).WithTags("Me").RequireAuthorization(Policies.OnRota);
        return app;
    }

    /// <summary>
    /// 201 with the sickness from today for <c>days</c> (1 to 7, 1 by default); 400 naming <c>days</c> or <c>note</c>;
    /// 409 when a sickness already covers today.
    /// </summary>
    public static async Task<IResult> DeclareAsync(SchedulerDbContext db, SickCallMail mail, Guid staffId, SickCallRequest? request, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new FieldErrors();
        var days = request?.Days ?? 1;
        if (days is < 1 or > MaxDays)
        {
            errors.Add("days", $"From 1 to {MaxDays} days from today.");
        }

        var note = string.IsNullOrWhiteSpace(request?.Note) ? null : request.Note.Trim();
        errors.MaxLength("note", note, AbsenceConfiguration.NoteLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var today = clock.Today();
        if (await db.Absences.AnyAsync(a => a.StaffId == staffId && a.Kind == AbsenceKind.Sickness && a.From <= today && a.To >= today, ct))
        {
            return Conflicts.State("A sickness already covers today: a manager changes it if it lasts longer.");
        }

        var absence = new AbsenceEntity { Id = Guid.NewGuid(), StaffId = staffId, From = today, To = today.PlusDays(days - 1), Kind = AbsenceKind.Sickness, Note = note };
        db.Absences.Add(absence);
        var shifts = await MeEndpoints.PublishedShiftsAsync(db, staffId, absence.From, absence.To, ct);
        var told = await mail.QueueAsync(staffId, absence, shifts, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/me/absences/{absence.Id}", new SickCallResponse(AbsenceResponse.FromEntity(absence), shifts, told));
    }
}
