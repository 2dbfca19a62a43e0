using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Scheduler.Api.Web;

/// <summary>How pages write dates and times, whatever the language: dd/MM/yyyy and 24-hour HH:mm, Europe/Paris.</summary>
public static class Show
{
    public static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");
    public static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string Date(LocalDate date) => DatePattern.Format(date);

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "";

    public static string Time(LocalTime time) => TimePattern.Format(time);

    public static string Time(LocalTime? time) => time is { } t ? Time(t) : "";

    public static string Span(LocalTime start, LocalTime end) => $"{Time(start)}–{Time(end)}";

    /// <summary>An instant as Paris reads it: "30/11/2026 14:05".</summary>
    public static string Moment(Instant instant)
    {
        var local = instant.InZone(Scheduler.Solver.Domain.RotaProblem.TimeZone).LocalDateTime;
        return $"{Date(local.Date)} {Time(local.TimeOfDay)}";
    }

    /// <summary>"lundi 30/11/2026" or "Monday 30/11/2026".</summary>
    public static string Day(LocalDate date, UiText text) => $"{text.DayName(date.DayOfWeek)} {Date(date)}";

    /// <summary>A duration in hours and minutes, "7 h 30" (negative with a minus sign).</summary>
    public static string Hours(Duration duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        var sign = minutes < 0 ? "−" : "";
        minutes = Math.Abs(minutes);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes / 60} h {minutes % 60:00}");
    }

    /// <summary>A share as a whole percentage: 0.934 reads "93 %".</summary>
    /// <summary>A wait in minutes and seconds, rounded to the second: "3 min 05 s" (the same in French and English).</summary>
    public static string MinutesSeconds(double seconds)
    {
        var whole = (int)Math.Round(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60} min {whole % 60:00} s");
    }

    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0} %");

    public static string Number(double value, int digits = 1) => Math.Round(value, digits).ToString(CultureInfo.CurrentCulture);

    /// <summary>Touching time slots joined into spans: 09:00–09:30 and 09:30–10:00 read "09:00–10:00".</summary>
    public static IEnumerable<string> Ranges(IEnumerable<(LocalTime Start, LocalTime End)> slots)
    {
        (LocalTime Start, LocalTime End)? open = null;
        foreach (var slot in slots.OrderBy(s => s.Start))
        {
            if (open is { } o && o.End == slot.Start)
            {
                open = (o.Start, slot.End);
                continue;
            }

            if (open is { } done)
            {
                yield return Span(done.Start, done.End);
            }

            open = slot;
        }

        if (open is { } last)
        {
            yield return Span(last.Start, last.End);
        }
    }

    /// <summary>The Monday of the week containing <paramref name="date"/> (weeks start on Monday).</summary>
    public static LocalDate Monday(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    /// <summary>Reads "dd/MM/yyyy" (also "yyyy-MM-dd"), or null.</summary>
    public static LocalDate? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var result = DatePattern.Parse(trimmed);
        return result.Success ? result.Value : LocalDatePattern.Iso.Parse(trimmed) is { Success: true } iso ? iso.Value : null;
    }

    /// <summary>Reads hours as people type them, "28", "17,5", "17.5" or "35 h" (not negative), or null.</summary>
    public static decimal? ParseHours(string? text) =>
        decimal.TryParse(text?.Trim().TrimEnd('h', 'H').TrimEnd().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours)
            ? hours
            : null;

    /// <summary>Reads "HH:mm" (24-hour; "9:00" accepted), or null.</summary>
    public static LocalTime? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = LocalTimePattern.CreateWithInvariantCulture("H:mm").Parse(text.Trim());
        return result.Success ? result.Value : null;
    }
}
