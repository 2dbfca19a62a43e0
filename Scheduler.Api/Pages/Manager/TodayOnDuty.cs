using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>Where a shift of today stands at this moment.</summary>
public enum DutyState
{
    Later,
    OnDuty,
    OnBreak,
    Done,

    /// <summary>The person is recorded away today: the shift will not be worked (a sick call), to cover or re-plan.</summary>
    Away,
}

/// <summary>A shift of today's published rota, and where it stands now.</summary>
public sealed record DutyShift(
    Guid ShiftId, Guid StaffId, string Name, StaffRole Role, LocalTime Start, LocalTime End, LocalTime? BreakStart, LocalTime? BreakEnd, DutyState State, AbsenceKind? AwayAs);

/// <summary>Today on the floor, for the manager on duty: who works today on the published rota, who is on now, on a break, to come, done, or away.</summary>
public static class TodayOnDuty
{
    public static async Task<IReadOnlyList<DutyShift>> OfAsync(SchedulerDbContext db, LocalDateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var today = now.Date;
        var shifts = await db.Assignments.AsNoTracking().Where(a => a.Date == today)
            .OnPublishedRotas(db.Rotas)
            .Join(db.Staff, a => a.StaffId, s => s.Id, (a, s) => new { a.Id, a.StaffId, s.Name, s.Role, a.Start, a.End, a.BreakStart, a.BreakEnd })
            .ToListAsync(ct);
        var ids = shifts.Select(s => s.StaffId).ToList();
        var away = (await db.Absences.AsNoTracking().Where(a => ids.Contains(a.StaffId) && a.From <= today && a.To >= today).ToListAsync(ct))
            .GroupBy(a => a.StaffId).ToDictionary(g => g.Key, g => g.First().Kind);
        return [.. shifts
            .Select(s => new DutyShift(s.Id, s.StaffId, s.Name, s.Role, s.Start, s.End, s.BreakStart, s.BreakEnd,
                away.ContainsKey(s.StaffId) ? DutyState.Away : StateAt(now.TimeOfDay, s.Start, s.End, s.BreakStart, s.BreakEnd),
                away.TryGetValue(s.StaffId, out var kind) ? kind : null))
            .OrderBy(s => s.Role == StaffRole.Manager ? 0 : 1).ThenBy(s => s.Start).ThenBy(s => s.Name, StringComparer.CurrentCulture)];
    }

    private static DutyState StateAt(LocalTime time, LocalTime start, LocalTime end, LocalTime? breakStart, LocalTime? breakEnd) =>
        time < start ? DutyState.Later
        : time >= end ? DutyState.Done
        : breakStart is { } bs && breakEnd is { } be && bs <= time && time < be ? DutyState.OnBreak
        : DutyState.OnDuty;
}
