using NodaTime;
using PublicHoliday;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// The notice a part-timer is owed before the spread of their hours changes ("délai de prévenance"): 7 working days by
/// default (Code du travail L3123-31), no fewer than 3 under a collective agreement (L3123-24), set by
/// <c>Scheduler:NoticeWorkingDays</c>. With less, the person may refuse the change without it being misconduct
/// (L3123-12), so pages ask for their agreement first. Working days ("jours ouvrés") are Monday to Friday except French
/// public holidays, counted strictly between today and the shift's day.
/// </summary>
public sealed class NoticePeriod(IConfiguration configuration, IClock clock)
{
    public const int DefaultWorkingDays = 7;

    /// <summary>The least an agreement may set (L3123-24).</summary>
    public const int MinimumWorkingDays = 3;

    private static readonly FrancePublicHoliday Holidays = new();

    public int WorkingDays { get; } = Math.Clamp(configuration.GetValue("Scheduler:NoticeWorkingDays", DefaultWorkingDays), MinimumWorkingDays, 30);

    public LocalDate Today => clock.Today();

    /// <summary>True when a change to a shift on <paramref name="date"/>, told today, comes with less notice than owed.</summary>
    public bool IsShort(LocalDate date) => date >= Today && WorkingDaysBetween(Today, date) < WorkingDays;

    /// <summary>The last day a change told today would come too late for (today when none would).</summary>
    public LocalDate LastShortDay
    {
        get
        {
            var day = Today;
            while (IsShort(day.PlusDays(1)))
            {
                day = day.PlusDays(1);
            }

            return day;
        }
    }

    /// <summary>Working days strictly after <paramref name="told"/> and strictly before <paramref name="day"/>.</summary>
    public static int WorkingDaysBetween(LocalDate told, LocalDate day)
    {
        var count = 0;
        for (var d = told.PlusDays(1); d < day; d = d.PlusDays(1))
        {
            if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Holidays.IsPublicHoliday(d.ToDateTimeUnspecified()))
            {
                count++;
            }
        }

        return count;
    }
}
