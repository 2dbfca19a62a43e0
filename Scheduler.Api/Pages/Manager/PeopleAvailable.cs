using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// How many people of a kind a rota could plan on a day: trained listeners (an untrained one never covers) or managers,
/// under contract that day and not away. Staff must come with their contracts and absences (<see cref="StaffAsync"/>).
/// </summary>
public static class PeopleAvailable
{
    /// <summary>The active staff with what the counts need: their contracts and absences.</summary>
    public static async Task<List<StaffEntity>> StaffAsync(SchedulerDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Staff.AsNoTracking().Where(s => s.IsActive).Include(s => s.Contracts).Include(s => s.Absences).AsSplitQuery().ToListAsync(ct);
    }

    /// <summary>Those of <paramref name="role"/> there are on <paramref name="day"/>, and those of them free (not away, nor <paramref name="alsoAway"/>).</summary>
    public static (int Free, int Total) On(IReadOnlyCollection<StaffEntity> staff, StaffRole role, LocalDate day, Guid? alsoAway = null)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var counted = staff.Where(s => Counts(s, role, day)).ToList();
        return (counted.Count(s => s.Id != alsoAway && !IsAway(s, day)), counted.Count);
    }

    /// <summary>The day of <paramref name="from"/>–<paramref name="to"/> with the fewest free, the earliest of equals.</summary>
    public static (LocalDate Day, int Free, int Total) Leanest(IReadOnlyCollection<StaffEntity> staff, StaffRole role, LocalDate from, LocalDate to, Guid? alsoAway = null)
    {
        var leanest = (Day: from, Free: int.MaxValue, Total: 0);
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var (free, total) = On(staff, role, day, alsoAway);
            if (free < leanest.Free)
            {
                leanest = (day, free, total);
            }
        }

        return leanest;
    }

    public static bool IsAway(StaffEntity person, LocalDate day) => person.Absences.Any(a => a.From <= day && day <= a.To);

    private static bool Counts(StaffEntity person, StaffRole role, LocalDate day) =>
        person.Role == role && person.IsActive && person.ContractOn(day) is not null
        && (role != StaffRole.Listener || (person.IsTrained && (person.QualifiedUntil is not { } until || day <= until)));
}
