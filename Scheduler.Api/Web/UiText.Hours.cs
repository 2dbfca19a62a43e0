using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>The texts of the month's hours page and its export (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string HoursTitle { get; }
    public abstract string HoursHeading(string month);
    public abstract string HoursIntro { get; }
    public abstract string MonthLabel { get; }
    public abstract string MonthHint { get; }
    public abstract string MonthInvalid { get; }
    public abstract string MonthName(YearMonth month);
    public abstract string UnpublishedDays(string spans);
    public abstract string HoursCaption(int people);
    public abstract string ExpectedHours { get; }
    public abstract string HoursDifference { get; }
    public abstract string SundayHours { get; }
    public abstract string HolidayHours { get; }
    public abstract string MonthHoursLine(string month, string paid, string? sundays, string? holidays, bool partlyPublished);
}
