using Microsoft.EntityFrameworkCore;
using NodaTime;
using PublicHoliday;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Staff;

/// <summary>
/// A person's paid leave over the current reference period (1 June to 31 May, R3141-4): the days earned so far, 2.5
/// working days ("jours ouvrables") per whole month under contract (L3141-3), rounded up (L3141-7), at most 30; and the
/// days of leave recorded in it, taken and to come. Working days are Monday to Saturday except French public holidays.
/// An estimate for the manager approving time off: payroll keeps the official balance (and what was carried over).
/// </summary>
public sealed record PaidLeaveTally(LocalDate PeriodStart, LocalDate PeriodEnd, int Earned, int Taken, int Booked)
{
    public const decimal DaysPerMonth = 2.5m;
    public const int MaxDays = 30;

    private static readonly FrancePublicHoliday Holidays = new();

    /// <summary>Earned less taken and booked (negative when leave runs ahead of what is earned).</summary>
    public int Left => Earned - Taken - Booked;

    public static PaidLeaveTally Of(StaffEntity person, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(person);
        var start = new LocalDate(today.Month >= 6 ? today.Year : today.Year - 1, 6, 1);
        var end = start.PlusYears(1).PlusDays(-1);
        var leave = person.Absences.Where(a => a.Kind == AbsenceKind.Leave && a.To >= start && a.From <= end).ToList();
        var taken = leave.Sum(a => WorkingDays(LocalDate.Max(a.From, start), LocalDate.Min(a.To, today)));
        var booked = leave.Sum(a => WorkingDays(LocalDate.Max(a.From, today.PlusDays(1)), LocalDate.Min(a.To, end)));
        return new PaidLeaveTally(start, end, EarnedBy(person, start, today), taken, booked);
    }

    /// <summary>The tally of person <paramref name="id"/>, or null when there is no such person.</summary>
    public static async Task<PaidLeaveTally?> LoadAsync(SchedulerDbContext db, Guid id, LocalDate today, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Include(s => s.Contracts).Include(s => s.Absences).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct) is { } person
            ? Of(person, today)
            : null;

    /// <summary>Working days ("jours ouvrables") from <paramref name="from"/> to <paramref name="to"/>, both inclusive; 0 when empty.</summary>
    public static int WorkingDays(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            if (d.DayOfWeek != IsoDayOfWeek.Sunday && !Holidays.IsPublicHoliday(d.ToDateTimeUnspecified()))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whole months under contract from the period's start (or the first contract's) to today, at 2.5 days each.</summary>
    private static int EarnedBy(StaffEntity person, LocalDate periodStart, LocalDate today)
    {
        if (person.Contracts.Count == 0)
        {
            return 0;
        }

        var from = LocalDate.Max(periodStart, person.Contracts.Min(c => c.ValidFrom));
        var months = 0;
        while (from.PlusMonths(months + 1) <= today.PlusDays(1))
        {
            months++;
        }

        return (int)Math.Min(MaxDays, Math.Ceiling(months * DaysPerMonth));
    }
}
