using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Pages.Manager;

/// <summary>One of those shifts, to cover on its own (<c>/gestion/remplacement/{Id}</c>).</summary>
public sealed record ShiftToCover(Guid Id, LocalDate Date, LocalTime Start, LocalTime End);

/// <summary>A published rota that still gives a person shifts on days they are now away, and how many: a week to re-plan.</summary>
public sealed record ShiftsToReplan(Guid RotaId, LocalDate PeriodStart, LocalDate PeriodEnd, int Shifts)
{
    /// <summary>The shifts themselves, by date.</summary>
    public IReadOnlyList<ShiftToCover> List { get; init; } = [];

    /// <summary>The published rotas with shifts of <paramref name="staffId"/> from <paramref name="from"/> to <paramref name="to"/>, earliest first.</summary>
    public static async Task<IReadOnlyList<ShiftsToReplan>> DuringAsync(SchedulerDbContext db, Guid staffId, LocalDate from, LocalDate to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.StaffId == staffId && a.Date >= from && a.Date <= to)
            .Join(db.Rotas.Where(r => r.Status == RotaStatus.Published), a => a.RotaId, r => r.Id, (a, r) => new { r.Id, r.PeriodStart, r.PeriodEnd, Shift = new ShiftToCover(a.Id, a.Date, a.Start, a.End) })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => (r.Id, r.PeriodStart, r.PeriodEnd)).OrderBy(g => g.Key.PeriodStart)
            .Select(g => new ShiftsToReplan(g.Key.Id, g.Key.PeriodStart, g.Key.PeriodEnd, g.Count()) { List = [.. g.Select(r => r.Shift).OrderBy(s => s.Date).ThenBy(s => s.Start)] })];
    }
}
