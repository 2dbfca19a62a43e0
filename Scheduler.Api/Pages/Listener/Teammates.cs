using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.SelfService;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Listener;

/// <summary>A colleague on duty, on a published rota, at some time of one of my shifts.</summary>
public sealed record Teammate(LocalDate Date, string Name, StaffRole Role, LocalTime Start, LocalTime End);

/// <summary>Who works alongside me: the day's manager to turn to, and the listeners I share the line with.</summary>
public static class Teammates
{
    /// <summary>For each of <paramref name="myShifts"/>, the colleagues whose published shift overlaps it: managers first, then by start.</summary>
    public static async Task<IReadOnlyList<Teammate>> AlongsideAsync(SchedulerDbContext db, Guid staffId, IReadOnlyList<MyShiftResponse> myShifts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(myShifts);
        if (myShifts.Count == 0)
        {
            return [];
        }

        var dates = myShifts.Select(s => s.Date).Distinct().ToList();
        var theirs = await db.Assignments.AsNoTracking()
            .Where(a => a.StaffId != staffId && dates.Contains(a.Date))
            .OnPublishedRotas(db.Rotas)
            .Join(db.Staff, a => a.StaffId, s => s.Id, (a, s) => new { a.Date, s.Name, s.Role, a.Start, a.End })
            .ToListAsync(ct);
        return [.. theirs
            .Where(t => myShifts.Any(m => m.Date == t.Date && t.Start < m.End && m.Start < t.End))
            .OrderBy(t => t.Date).ThenBy(t => t.Role == StaffRole.Manager ? 0 : 1).ThenBy(t => t.Start).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new Teammate(t.Date, t.Name, t.Role, t.Start, t.End))];
    }
}
