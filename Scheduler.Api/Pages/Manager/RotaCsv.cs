using System.Globalization;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// A rota's shifts as CSV (<see cref="CsvTable"/>), one row per shift by date, start and name, for payroll and HR: who,
/// their role and weekly contract hours on the day, the shift and its break, and the paid hours (the shift less its break,
/// invariant decimals). Headers are in the reader's language.
/// </summary>
public static class RotaCsv
{
    public static CsvTable Shifts(RotaEntity rota, IReadOnlyList<StaffEntity> staff, UiText text)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(text);
        var people = staff.ToDictionary(s => s.Id);
        var csv = new CsvTable().Row(text.Person, text.Role, text.WeeklyContractHours, text.DateLabel, text.StartLabel, text.EndLabel, text.BreakStart, text.BreakEnd, text.PaidHours);
        foreach (var shift in rota.Assignments.OrderBy(a => a.Date).ThenBy(a => a.Start).ThenBy(a => people.GetValueOrDefault(a.StaffId)?.Name, StringComparer.Ordinal))
        {
            var person = people.GetValueOrDefault(shift.StaffId);
            var contract = person?.ContractOn(shift.Date);
            csv.Row(
                person?.Name ?? shift.StaffId.ToString(),
                person is null ? "" : text.RoleName(person.Role),
                contract is null ? "" : Hours(contract.WeeklyMinutes / 60.0),
                Show.Date(shift.Date),
                Show.Time(shift.Start),
                Show.Time(shift.End),
                Show.Time(shift.BreakStart),
                Show.Time(shift.BreakEnd),
                Hours(shift.ToDomain().PaidTime.TotalHours));
        }

        return csv;
    }

    private static string Hours(double hours) => Math.Round(hours, 2).ToString(CultureInfo.InvariantCulture);
}
