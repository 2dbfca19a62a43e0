using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// What publishing a draft would change, inside the notice period (<see cref="NoticePeriod"/>), for people working part
/// time on those days: against the shifts published now, per person and day (<see cref="ShiftChanges"/>).
/// </summary>
public static class ShortNoticeChanges
{
    public static async Task<IReadOnlyList<ShiftChange>> OfPublishingAsync(SchedulerDbContext db, NoticePeriod notice, RotaEntity draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(draft);
        var from = LocalDate.Max(notice.Today, draft.PeriodStart);
        var to = LocalDate.Min(notice.LastShortDay, draft.PeriodEnd);
        if (from > to)
        {
            return [];
        }

        var published = await db.Assignments.AsNoTracking().OnPublishedRotas(db.Rotas)
            .Where(a => a.RotaId != draft.Id && a.Date >= from && a.Date <= to).ToListAsync(ct);
        var planned = draft.Assignments.Where(a => a.Date >= from && a.Date <= to);
        var changes = ShiftChanges.Between([.. published.Select(a => a.ToDomain())], [.. planned.Select(a => a.ToDomain())]);
        return await PartTimeAsync(db, changes, ct);
    }

    /// <summary>The changes of people whose contract on the change's day is part time.</summary>
    public static async Task<IReadOnlyList<ShiftChange>> PartTimeAsync(SchedulerDbContext db, IReadOnlyList<ShiftChange> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return [];
        }

        var ids = changes.Select(c => c.StaffId).Distinct().ToList();
        var contracts = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.StaffId)).ToListAsync(ct);
        return [.. changes.Where(c => contracts.Any(k => k.StaffId == c.StaffId && k.ValidFrom <= c.Date && (k.ValidTo is null || k.ValidTo >= c.Date)
            && k.WeeklyMinutes < Contract.FullTimeWeeklyMinutes))];
    }
}
