using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using PublicHoliday;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Payroll;

/// <summary>One person's month on the published rotas, in minutes: paid time planned, the contract's share, Sundays and public holidays.</summary>
/// <param name="WeeklyMinutes">The contract in force on the month's last day under contract, if any.</param>
/// <param name="ExpectedMinutes">
/// The contract's weekly hours spread over the month's days under contract that a published rota covers (a seventh a
/// day): the same days as the paid time, so that mid-month the difference is what the rotas give, not the days to come.
/// </param>
public sealed record PersonMonth(
    Guid StaffId, string Name, StaffRole Role, int? WeeklyMinutes, int Shifts, long PaidMinutes, long ExpectedMinutes, long SundayMinutes, long HolidayMinutes)
{
    public long DifferenceMinutes => PaidMinutes - ExpectedMinutes;
}

/// <summary>
/// A month's hours per person from the published rotas, for payroll: the paid time (each shift less its unpaid break)
/// against the contract, with the hours of Sundays and of French public holidays apart (paid at a premium); and the
/// month's days no published rota covers, whose hours are not in the figures yet.
/// </summary>
public sealed record MonthlyHours(YearMonth Month, IReadOnlyList<PersonMonth> People, IReadOnlyList<(LocalDate From, LocalDate To)> Unpublished)
{
    private static readonly FrancePublicHoliday Holidays = new();

    /// <summary>A month written <c>yyyy-MM</c>, from 2000 to 2100 (the dates the service stores).</summary>
    public static YearMonth? Read(string? text) =>
        YearMonthPattern.Iso.Parse(text?.Trim() ?? "") is { Success: true, Value: var month } && month.Year is >= 2000 and <= 2100 ? month : null;

    public static string Write(YearMonth month) => YearMonthPattern.Iso.Format(month);

    /// <param name="only">One person's month (their own page), or everyone's when null.</param>
    public static async Task<MonthlyHours> OfAsync(SchedulerDbContext db, YearMonth month, CancellationToken ct, Guid? only = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (first, last) = (month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
        var published = await db.Rotas.AsNoTracking().Where(r => r.Status == RotaStatus.Published && r.PeriodStart <= last && r.PeriodEnd >= first)
            .Select(r => new { r.Id, r.PeriodStart, r.PeriodEnd }).ToListAsync(ct);
        var rotaIds = published.Select(r => r.Id).ToList();
        var shifts = await db.Assignments.AsNoTracking()
            .Where(a => rotaIds.Contains(a.RotaId) && a.Date >= first && a.Date <= last && (only == null || a.StaffId == only)).ToListAsync(ct);
        var planned = shifts.Select(a => a.StaffId).ToHashSet();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Contracts)
            .Where(s => (s.IsActive || planned.Contains(s.Id)) && (only == null || s.Id == only)).ToListAsync(ct);
        var days = Enumerable.Range(0, last.Day).Select(first.PlusDays).ToList();
        var covered = days.Where(d => published.Any(r => r.PeriodStart <= d && d <= r.PeriodEnd)).ToHashSet();
        var people = staff
            .Select(s => Of(s, days, covered, shifts.Where(a => a.StaffId == s.Id).Select(a => a.ToDomain()).ToList()))
            .Where(p => p.Shifts > 0 || p.WeeklyMinutes is not null)
            .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        return new MonthlyHours(month, people, Spans(days.Where(d => !covered.Contains(d))));
    }

    private static PersonMonth Of(StaffEntity person, List<LocalDate> days, HashSet<LocalDate> covered, List<Assignment> shifts)
    {
        var underContract = days.Select(person.ContractOn).Where(c => c is not null).ToList();
        var expected = days.Where(covered.Contains).Select(person.ContractOn).Sum(c => c is null ? 0 : c.WeeklyMinutes / 7.0);
        return new PersonMonth(
            person.Id,
            person.Name,
            person.Role,
            underContract.LastOrDefault()?.WeeklyMinutes,
            shifts.Count,
            Paid(shifts),
            (long)Math.Round(expected),
            Paid(shifts.Where(a => a.Date.DayOfWeek == IsoDayOfWeek.Sunday)),
            Paid(shifts.Where(a => Holidays.IsPublicHoliday(a.Date.ToDateTimeUnspecified()))));
    }

    private static long Paid(IEnumerable<Assignment> shifts) => (long)Math.Round(shifts.Sum(a => a.PaidTime.TotalMinutes));

    /// <summary>Consecutive days as spans, earliest first.</summary>
    private static List<(LocalDate From, LocalDate To)> Spans(IEnumerable<LocalDate> days)
    {
        var spans = new List<(LocalDate From, LocalDate To)>();
        foreach (var day in days.Order())
        {
            if (spans.Count > 0 && spans[^1].To.PlusDays(1) == day)
            {
                spans[^1] = (spans[^1].From, day);
            }
            else
            {
                spans.Add((day, day));
            }
        }

        return spans;
    }
}
