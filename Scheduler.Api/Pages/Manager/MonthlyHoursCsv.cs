using System.Globalization;
using Scheduler.Api.Features.Payroll;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>The month's hours as CSV (<see cref="CsvTable"/>) for payroll: a row per person, hours as invariant decimals, headers in the reader's language.</summary>
public static class MonthlyHoursCsv
{
    public static CsvTable Of(MonthlyHours month, UiText text)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(text);
        var csv = new CsvTable().Row(text.Person, text.Role, text.WeeklyContractHours, text.Shifts, text.PaidHours, text.ExpectedHours, text.HoursDifference, text.SundayHours, text.HolidayHours);
        foreach (var p in month.People)
        {
            csv.Row(
                p.Name,
                text.RoleName(p.Role),
                p.WeeklyMinutes is { } weekly ? Hours(weekly) : "",
                p.Shifts.ToString(CultureInfo.InvariantCulture),
                Hours(p.PaidMinutes),
                Hours(p.ExpectedMinutes),
                Hours(p.DifferenceMinutes),
                Hours(p.SundayMinutes),
                Hours(p.HolidayMinutes));
        }

        return csv;
    }

    private static string Hours(long minutes) => Math.Round(minutes / 60.0, 2).ToString(CultureInfo.InvariantCulture);
}
