using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation;

/// <summary>How violation sentences write people, dates, times and durations, the same in French and English.</summary>
internal static class Say
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string Who(StaffMember person) =>
        string.IsNullOrWhiteSpace(person.Name) || person.Name == person.Id ? person.Id : $"{person.Name} ({person.Id})";

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Time(LocalTime time) => TimePattern.Format(time);

    public static string Shift(Assignment a) => $"{Date(a.Date)} {Time(a.Start)}-{Time(a.End)}";

    /// <summary>A duration as <c>7h</c>, <c>7h30</c> or <c>-1h15</c>.</summary>
    public static string Hours(Duration duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        var sign = minutes < 0 ? "-" : string.Empty;
        minutes = Math.Abs(minutes);
        var rest = minutes % 60;
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes / 60}h")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes / 60}h{rest:00}");
    }

    public static string Minutes(Duration duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Round(duration.TotalMinutes)} min");
}
