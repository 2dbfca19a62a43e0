using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation;

/// <summary>How violation sentences write people, dates, times and durations, the same in French and English.</summary>
internal static class Say
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>
    /// The person's name, with their id when it helps: a short id of a rota file ("L01") is how its author knows them;
    /// the service's ids are GUIDs nobody reads, so its sentences give the name alone.
    /// </summary>
    public static string Who(StaffMember person) =>
        string.IsNullOrWhiteSpace(person.Name) || person.Name == person.Id ? person.Id
        : Guid.TryParse(person.Id, out _) ? person.Name
        : $"{person.Name} ({person.Id})";

    /// <summary>A date as people read it here, <c>02/03/2026</c> (the violation's own <c>Date</c> field stays ISO).</summary>
    public static string Date(LocalDate date) => DatePattern.Format(date);

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
