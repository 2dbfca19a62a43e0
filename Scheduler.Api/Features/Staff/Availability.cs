using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Requests;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Staff;

/// <summary>
/// Absences and preferences of one person, shared by the managers' endpoints (any person, any kind) and the listeners'
/// own ones (only themselves; they declare unavailability, while leave goes through a time-off request).
/// </summary>
public static class Availability
{
    public static async Task<List<AbsenceResponse>> ListAbsencesAsync(SchedulerDbContext db, Guid staffId, CancellationToken ct) =>
        (await db.Absences.Where(a => a.StaffId == staffId).OrderBy(a => a.From).ToListAsync(ct)).Select(AbsenceResponse.FromEntity).ToList();

    public static async Task<Results<Created<AbsenceResponse>, ValidationProblem>> AddAbsenceAsync(
        SchedulerDbContext db, Guid staffId, AbsenceRequest request, bool selfService, string location, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("from", request.From);
        errors.Required("to", request.To);
        errors.DateInRange("from", request.From);
        errors.DateInRange("to", request.To);
        if (request.From > request.To)
        {
            errors.Add("to", "On or after 'from'.");
        }

        if (selfService && request.Kind is not (null or AbsenceKind.Unavailable))
        {
            errors.Add("kind", "Listeners declare unavailability here; leave is asked for with a time-off request.");
        }

        errors.MaxLength("note", request.Note, AbsenceConfiguration.NoteLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var absence = new AbsenceEntity
        {
            Id = Guid.NewGuid(),
            StaffId = staffId,
            From = request.From!.Value,
            To = request.To!.Value,
            Kind = request.Kind ?? AbsenceKind.Unavailable,
            Note = request.Note,
        };
        db.Absences.Add(absence);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"{location}/{absence.Id}", AbsenceResponse.FromEntity(absence));
    }

    /// <summary>Removes one absence; an approved time-off request that recorded it is cancelled with it (see <see cref="TimeOffCancellation"/>).</summary>
    public static async Task<Results<NoContent, NotFound>> DeleteAbsenceAsync(
        SchedulerDbContext db, TimeOffCancellation cancellation, ClaimsPrincipal user, Guid staffId, Guid absenceId, bool selfService, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        var absence = await db.Absences.FirstOrDefaultAsync(a => a.Id == absenceId && a.StaffId == staffId, ct);
        if (absence is null || (selfService && absence.Kind != AbsenceKind.Unavailable))
        {
            return TypedResults.NotFound();
        }

        await cancellation.CancelForAsync(absence, user, selfService, ct);
        db.Absences.Remove(absence);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<List<PreferenceResponse>> ListPreferencesAsync(SchedulerDbContext db, Guid staffId, CancellationToken ct) =>
        (await db.Preferences.Where(p => p.StaffId == staffId).OrderBy(p => p.Kind).ToListAsync(ct)).Select(PreferenceResponse.From).ToList();

    /// <summary>Replaces the person's whole list of preferences (a small list edited as one form).</summary>
    public static async Task<Results<Ok<List<PreferenceResponse>>, ValidationProblem>> ReplacePreferencesAsync(
        SchedulerDbContext db, Guid staffId, IReadOnlyList<PreferenceRequest>? request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request is null)
        {
            errors.Add("body", "A list of preferences is required (it may be empty).");
            return errors.ToProblem();
        }

        for (var i = 0; i < request.Count; i++)
        {
            var p = request[i];
            if (p is null)
            {
                errors.Add($"[{i}]", "Required.");
                continue;
            }

            errors.Required($"[{i}].kind", p.Kind);
            errors.DateInRange($"[{i}].date", p.Date);
            if (p.Weight is < 1 or > 5)
            {
                errors.Add($"[{i}].weight", "From 1 (a little) to 5 (a lot).");
            }
        }

        if (request.Count > 50)
        {
            errors.Add("body", "At most 50 preferences.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        db.Preferences.RemoveRange(await db.Preferences.Where(p => p.StaffId == staffId).ToListAsync(ct));
        var added = request.Select(p => new PreferenceEntity
        {
            Id = Guid.NewGuid(),
            StaffId = staffId,
            Kind = p.Kind!.Value,
            Date = p.Date,
            Day = p.Day,
            Weight = p.Weight ?? 1,
        }).ToList();
        db.Preferences.AddRange(added);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(added.Select(PreferenceResponse.From).ToList());
    }
}
