using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Api.Features.SelfService;

/// <summary>
/// One of my shifts a recent publication changed: added, removed or moved (<see cref="ShiftChanges"/>), with the shift
/// before and after, and when the rota that changed it was published.
/// </summary>
public sealed record MyShiftChange(LocalDate Date, string Change, LocalTime? FromStart, LocalTime? FromEnd, LocalTime? ToStart, LocalTime? ToEnd, Instant PublishedAt);

/// <summary>
/// What the rotas published lately changed in my coming shifts, against the rotas they superseded: a listener whose
/// Thursday moved after a colleague's sick call sees it without comparing weeks by eye. The first rota of a period
/// changes nothing (there was none before).
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

        changes.AddRange(await CoversAsync(db, staffId, since, from, to, ct));
        return [.. changes.OrderBy(c => c.Date)];
    }

    /// <summary>
    /// Shifts given to me, or taken from me, to cover for someone away (<see cref="ShiftHandover"/>): the published rota
    /// changed in place, so they are read from the audit log, "added" or "removed" as of the handover.
    /// </summary>
    private static async Task<IEnumerable<MyShiftChange>> CoversAsync(SchedulerDbContext db, Guid staffId, Instant since, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var entries = await db.AuditLog.AsNoTracking().Where(a => a.Action == ShiftHandover.AuditAction && a.At >= since).ToListAsync(ct);
        var mine = entries
            .Select(e => (e.At, Shift: Guid.TryParse(e.EntityKey[(e.EntityKey.LastIndexOf('/') + 1)..], out var id) ? id : Guid.Empty, Gave: HolderIn(e.Before), Got: HolderIn(e.After)))
            .Where(e => e.Gave == staffId || e.Got == staffId)
            .ToList();
        var ids = mine.Select(e => e.Shift).ToList();
        var shifts = await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Date >= from && a.Date <= to).ToDictionaryAsync(a => a.Id, ct);
        return mine.Where(e => shifts.ContainsKey(e.Shift)).Select(e =>
        {
            var shift = shifts[e.Shift];
            return e.Got == staffId
                ? new MyShiftChange(shift.Date, "added", null, null, shift.Start, shift.End, e.At)
                : new MyShiftChange(shift.Date, "removed", shift.Start, shift.End, null, null, e.At);
        });
    }

    private static Guid? HolderIn(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("staffId", out var id) && id.TryGetGuid(out var holder) ? holder : null;
    }

    private sealed record PublishedRota(Guid Id, RotaStatus Status, LocalDate PeriodStart, LocalDate PeriodEnd, Instant PublishedAt, Instant CreatedAt)
    {
        /// <summary>Publication order (two rotas published at the same instant in the order they were made).</summary>
        public (Instant, Instant) Order => (PublishedAt, CreatedAt);

        public bool Covers(LocalDate date) => PeriodStart <= date && date <= PeriodEnd;
    }
}
