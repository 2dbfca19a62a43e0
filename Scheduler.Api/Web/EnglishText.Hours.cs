using System.Globalization;
using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>The month's hours page in English.</summary>
public sealed partial class EnglishText
{
    public override string HoursTitle => "Hours of the month";
    public override string HoursHeading(string month) => $"Hours of {month}";
    public override string HoursIntro => "For payroll: the paid hours (each shift less its break) of the published rotas, per person, against the contract on the same days (a seventh of the weekly hours per day under contract that a published rota covers); those of Sundays and public holidays apart.";
    public override string MonthLabel => "Month";
    public override string MonthHint => "yyyy-mm";
    public override string MonthInvalid => "This month does not read: write it yyyy-mm, for example 2026-12. The current month is shown.";
    public override string MonthName(YearMonth month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture);
    public override string UnpublishedDays(string spans) => $"No published rota for: {spans}. Neither their hours nor those the contract expects on them are counted.";
    public override string HoursCaption(int people) => $"{people} person(s)";
    public override string ExpectedHours => "Expected (contract)";
    public override string HoursDifference => "Difference";
    public override string SundayHours => "Of which Sundays";
    public override string HolidayHours => "Of which public holidays";

    public override string MonthHoursLine(string month, string paid, string? sundays, string? holidays, bool partlyPublished) =>
        $"This month ({month}), on the published rotas: {paid} paid"
        + (sundays is null ? "" : $", of which {sundays} on Sundays")
        + (holidays is null ? "" : $", {(sundays is null ? "of which " : "")}{holidays} on public holidays")
        + (partlyPublished ? " (days without a published rota are not counted yet)" : "") + ".";
}
