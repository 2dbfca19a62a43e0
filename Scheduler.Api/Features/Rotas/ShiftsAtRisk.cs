using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>Why a published shift needs someone else.</summary>
public enum ShiftRisk
{
    /// <summary>Its holder is recorded away that day (an absence entered after the rota was published).</summary>
    Away,

    /// <summary>Its holder was deactivated (left the service).</summary>
    Inactive,

    /// <summary>Its holder is a listener not trained that day (the qualification expired): they do not count on the line.</summary>
    Untrained,
}

/// <summary>A published shift its holder will not (or may not) work, with the open offer's volunteers when it is offered.</summary>
public sealed record ShiftAtRisk(
    Guid ShiftId, Guid RotaId, Guid StaffId, string Name, LocalDate Date, LocalTime Start, LocalTime End, ShiftRisk Risk, AbsenceKind? Away, int? Volunteers);

/// <summary>
/// The published shifts of the coming days that need cover: their holder is away that day, no longer active, or (a
/// listener) no longer trained. What a manager looks at each morning beyond today's floor, each linked to its cover.
/// </summary>
public static class ShiftsAtRisk
{
    /// <summary>The most days a list may look ahead.</summary>
    public const int MaxDays = 56;

    public static async Task<IReadOnlyList<ShiftAtRisk>> BetweenAsync(SchedulerDbContext db, LocalDate from, LocalDate to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shifts = await db.Assignments.AsNoTracking().OnPublishedRotas(db.Rotas).Where(a => a.Date >= from && a.Date <= to).ToListAsync(ct);
        var ids = shifts.Select(a => a.StaffId).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Absences).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var shiftIds = shifts.Select(a => a.Id).ToList();
        var offers = await db.CoverOffers.AsNoTracking().Where(o => o.Status == CoverOfferStatus.Open && shiftIds.Contains(o.AssignmentId))
            .Select(o => new { o.AssignmentId, Volunteers = o.Volunteers.Count }).ToDictionaryAsync(o => o.AssignmentId, o => o.Volunteers, ct);
        return [.. shifts
            .Select(a => (Shift: a, Person: staff[a.StaffId], Away: staff[a.StaffId].Absences.FirstOrDefault(x => x.From <= a.Date && a.Date <= x.To)))
            .Select(x => (x.Shift, x.Person, x.Away, Risk: RiskOf(x.Person, x.Away, x.Shift.Date)))
            .Where(x => x.Risk is not null)
            .Select(x => new ShiftAtRisk(
                x.Shift.Id, x.Shift.RotaId, x.Person.Id, x.Person.Name, x.Shift.Date, x.Shift.Start, x.Shift.End, x.Risk!.Value, x.Away?.Kind,
                offers.TryGetValue(x.Shift.Id, out var volunteers) ? volunteers : null))
            .OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Name, StringComparer.CurrentCulture)];
    }

    private static ShiftRisk? RiskOf(StaffEntity person, AbsenceEntity? away, LocalDate date) =>
        !person.IsActive ? ShiftRisk.Inactive
        : away is not null ? ShiftRisk.Away
        : person.Role == StaffRole.Listener && (!person.IsTrained || person.QualifiedUntil < date) ? ShiftRisk.Untrained
        : null;
}
