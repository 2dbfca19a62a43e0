using NodaTime;
using PublicHoliday;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;
using Scheduler.Api.Web.Charts;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Reporting;

namespace Scheduler.Api.Pages.Manager;

/// <summary>A column of the grid: one date, marked when it is a weekend day or a French public holiday.</summary>
public sealed record GridDay(LocalDate Date, bool IsWeekend, bool IsHoliday);

/// <summary>A row of the grid: one person and their shifts of the shown week, by date.</summary>
/// <param name="Away">The days of the week the person is away, with the kind of the absence (staff loaded with their absences).</param>
public sealed record GridRow(Guid StaffId, string Name, StaffRole Role, int WeeklyMinutes, ILookup<LocalDate, AssignmentEntity> Shifts, IReadOnlyDictionary<LocalDate, AbsenceKind> Away)
{
    public bool IsFullTime => WeeklyMinutes >= 35 * 60;
}

/// <summary>The people × days grid of one week of a rota, filtered by role and contract, and the week's cover chart.</summary>
public sealed record RotaGrid(IReadOnlyList<GridDay> Days, IReadOnlyList<GridRow> Rows)
{
    private static readonly FrancePublicHoliday Holidays = new();

    /// <param name="role">"Listener", "Manager" or null for everyone.</param>
    /// <param name="contract">"full" (35 h and more), "part", or null for every contract.</param>
    public static RotaGrid Build(RotaEntity rota, IReadOnlyList<StaffEntity> staff, LocalDate monday, string? role, string? contract)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(staff);
        var days = Enumerable.Range(0, 7).Select(monday.PlusDays)
            .Select(d => new GridDay(d, d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday, Holidays.IsPublicHoliday(d.ToDateTimeUnspecified())))
            .ToList();
        var sunday = monday.PlusDays(6);
        var inWeek = rota.Assignments.Where(a => a.Date >= monday && a.Date <= sunday).ToList();
        var planned = inWeek.Select(a => a.StaffId).ToHashSet();
        var rows = staff
            .Where(s => s.IsActive || planned.Contains(s.Id))
            .Select(s => new GridRow(s.Id, s.Name, s.Role, s.ContractOn(monday)?.WeeklyMinutes ?? 0, inWeek.Where(a => a.StaffId == s.Id).ToLookup(a => a.Date), AwayOn(s, days)))
            .Where(r => role is null || r.Role.ToString() == role)
            .Where(r => contract is null || (contract == "full") == r.IsFullTime)
            .OrderBy(r => r.Role).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new RotaGrid(days, rows);
    }

    private static Dictionary<LocalDate, AbsenceKind> AwayOn(StaffEntity person, List<GridDay> days) =>
        days.Select(d => (d.Date, Absence: person.Absences.FirstOrDefault(a => a.From <= d.Date && d.Date <= a.To)))
            .Where(d => d.Absence is not null)
            .ToDictionary(d => d.Date, d => d.Absence!.Kind);

    /// <summary>Needed versus planned trained listeners per half-hour over the week's open slots, one tick per day.</summary>
    public static LineChart CoverageChart(RotaReport report, LocalDate monday, UiText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var slots = report.Coverage.Where(c => c.Date >= monday && c.Date <= monday.PlusDays(6)).OrderBy(c => c.Date).ThenBy(c => c.Start).ToList();
        var labels = slots.Select((c, i) => i == 0 || slots[i - 1].Date != c.Date ? $"{text.DayShort(c.Date.DayOfWeek)} {c.Date.Day:00}" : "").ToList();
        return new LineChart(
            text.CoverageChartTitle,
            text.CoverageChartDescription(slots.Count(c => c.Shortfall > 0), slots.Count),
            labels,
            [
                new ChartSeries(text.SeriesNeeded, [.. slots.Select(c => (double?)c.Needed)], "series-needed"),
                new ChartSeries(text.SeriesPlanned, [.. slots.Select(c => (double?)c.TrainedListeners)], "series-planned"),
            ],
            NoDataText: text.NoData);
    }
}
