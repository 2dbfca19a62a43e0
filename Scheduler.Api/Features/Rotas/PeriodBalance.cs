using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// A full-timer's balance over the reference period holding a week (see <see cref="ReferencePeriod"/>): paid time less the
/// contract over the period's published weeks up to and including that week, which the period's later weeks work back.
/// </summary>
public sealed record PeriodBalance(LocalDate Start, LocalDate End, Duration Balance)
{
    /// <summary>
    /// The balance for <paramref name="person"/> at the end of the week from <paramref name="monday"/>; null for a
    /// part-timer, when periods are off, or when no published rota covers a whole week of the period up to it yet.
    /// </summary>
    public static async Task<PeriodBalance?> OfAsync(SchedulerDbContext db, IConfiguration configuration, StaffEntity person, LocalDate monday, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        if (ReferencePeriod.Holding(monday, configuration, RuleSettings.Default) is not { } period
            || person.ContractOn(monday) is not { WeeklyMinutes: >= Contract.FullTimeWeeklyMinutes })
        {
            return null;
        }

        var sunday = monday.PlusDays(6);
        var rotas = await db.Rotas.AsNoTracking()
            .Where(r => r.Status == RotaStatus.Published && r.PeriodEnd >= period.Start && r.PeriodStart <= sunday).ToListAsync(ct);
        if (!rotas.Any(r => r.PeriodStart <= sunday && r.PeriodEnd >= LocalDate.Max(period.Start, r.PeriodStart).PlusDays(6)))
        {
            return null;
        }

        var shifts = await db.Assignments.AsNoTracking()
            .Where(a => a.StaffId == person.Id && a.Date >= period.Start && a.Date <= sunday)
            .OnPublishedRotas(db.Rotas).ToListAsync(ct);
        return new PeriodBalance(period.Start, period.End, Duration.FromMinutes(period.CarriedBefore(monday.PlusWeeks(1), person, shifts, rotas)));
    }
}
