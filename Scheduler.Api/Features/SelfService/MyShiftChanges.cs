using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Features.Rotas.History;

namespace Scheduler.Api.Features.SelfService;

/// <summary>
/// One of my shifts a recent publication changed: added, removed or moved (<see cref="ShiftChanges"/>), with the shift
/// before and after, and when the rota that changed it was published.
/// </summary>
public sealed record MyShiftChange(LocalDate Date, string Change, LocalTime? FromStart, LocalTime? FromEnd, LocalTime? ToStart, LocalTime? ToEnd, Instant PublishedAt);

/// <summary>
/// What the rotas published lately changed in my coming shifts, against the rotas they superseded: a listener whose
/// Thursday moved after a colleague's sick call sees it without comparing weeks by eye. The first rota of a period
/// changes nothing (there was none before). A published rota changed in place (a cover, an approved swap) counts too.
/// </summary>
public static class MyShiftChanges
{
    /// <summary>Publications older than this are no news.</summary>
    public const int RecentDays = 14;

    /// <summary>Changes to my shifts from <paramref name="from"/> to <paramref name="to"/> (inclusive), by date.</summary>
    public static async Task<IReadOnlyList<MyShiftChange>> RecentAsync(SchedulerDbContext db, Guid staffId, Instant now, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var rotas = await db.Rotas.AsNoTracking()
            .Where(r => (r.Status == RotaStatus.Published || r.Status == RotaStatus.Superseded) && r.PublishedAt != null && r.PeriodStart <= to && r.PeriodEnd >= from)
            .Select(r => new PublishedRota(r.Id, r.Status, r.PeriodStart, r.PeriodEnd, r.PublishedAt!.Value, r.CreatedAt))
            .ToListAsync(ct);
        var ids = rotas.Select(r => r.Id).ToList();
        var mine = (await db.Assignments.AsNoTracking().Where(a => a.StaffId == staffId && ids.Contains(a.RotaId) && a.Date >= from && a.Date <= to).ToListAsync(ct))
            .ToLookup(a => a.RotaId);
        var since = now - Duration.FromDays(RecentDays);
        var changes = new List<MyShiftChange>();
        foreach (var current in rotas.Where(r => r.Status == RotaStatus.Published && r.PublishedAt >= since))
        {
            var earlier = rotas.Where(r => r.Status == RotaStatus.Superseded && r.Order.CompareTo(current.Order) < 0).OrderBy(r => r.Order).ToList();
            // Per date, the rota that was in force before this one: the last published before it that covered the date.
            PublishedRota? Before(LocalDate date) => earlier.LastOrDefault(r => r.Covers(date));
            var dates = Enumerable.Range(0, Period.DaysBetween(current.PeriodStart, current.PeriodEnd) + 1).Select(current.PeriodStart.PlusDays)
                .Where(d => d >= from && d <= to && Before(d) is not null)
                .ToList();
            var was = dates.SelectMany(d => mine[Before(d)!.Id].Where(a => a.Date == d)).Select(a => a.ToDomain()).ToList();
            var @is = mine[current.Id].Where(a => dates.Contains(a.Date)).Select(a => a.ToDomain()).ToList();
            changes.AddRange(ShiftChanges.Diff(was, @is).Select(d =>
                new MyShiftChange((d.Was ?? d.Is)!.Date, d.Change, d.Was?.Start, d.Was?.End, d.Is?.Start, d.Is?.End, current.PublishedAt)));
        }

        changes.AddRange(await InPlaceAsync(db, staffId, since, from, to, ct));
        return [.. changes.OrderBy(c => c.Date)];
    }

    /// <summary>
    /// Shifts given to me, or taken from me, on a published rota: a cover for someone away (<see cref="ShiftHandover"/>)
    /// or an approved swap. The rota changed in place, so they are read from the audit log (a shift's change of person
    /// after its rota was published), "added" or "removed" as of the change.
    /// </summary>
    private static async Task<IEnumerable<MyShiftChange>> InPlaceAsync(SchedulerDbContext db, Guid staffId, Instant since, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var entries = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == "Assignment" && a.Action == "Modified" && a.At >= since)
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        var handed = entries
            .Select(e => (e.At, Rota: RotaOf(e.EntityKey), Was: AuditValues.Shift(e.Before), Is: AuditValues.Shift(e.After)))
            .Where(e => e.Was is not null && e.Is is not null && e.Was.StaffId != e.Is.StaffId && (e.Was.StaffId == staffId || e.Is.StaffId == staffId))
            .Where(e => e.Was!.Date >= from && e.Was.Date <= to)
            .ToList();
        if (handed.Count == 0)
        {
            return [];
        }

        var rotaIds = handed.Select(e => e.Rota).Distinct().ToList();
        var published = await db.Rotas.AsNoTracking().Where(r => rotaIds.Contains(r.Id) && r.Status == RotaStatus.Published && r.PublishedAt != null)
            .ToDictionaryAsync(r => r.Id, r => r.PublishedAt!.Value, ct);
        return handed.Where(e => published.TryGetValue(e.Rota, out var at) && at <= e.At).Select(e => e.Is!.StaffId == staffId
            ? new MyShiftChange(e.Is.Date, ShiftChanges.Added, null, null, e.Is.Start, e.Is.End, e.At)
            : new MyShiftChange(e.Was!.Date, ShiftChanges.Removed, e.Was.Start, e.Was.End, null, null, e.At));
    }

    /// <summary>The rota of an assignment's audit key, "&lt;rota id&gt;/assignments/&lt;id&gt;".</summary>
    private static Guid RotaOf(string key) => Guid.TryParse(key.AsSpan(0, Math.Max(0, key.IndexOf('/', StringComparison.Ordinal))), out var id) ? id : Guid.Empty;

    private sealed record PublishedRota(Guid Id, RotaStatus Status, LocalDate PeriodStart, LocalDate PeriodEnd, Instant PublishedAt, Instant CreatedAt)
    {
        /// <summary>Publication order (two rotas published at the same instant in the order they were made).</summary>
        public (Instant, Instant) Order => (PublishedAt, CreatedAt);

        public bool Covers(LocalDate date) => PeriodStart <= date && date <= PeriodEnd;
    }
}
