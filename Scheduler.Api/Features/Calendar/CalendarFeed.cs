using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Scheduler.Api.Features.Calendar;

/// <summary>One published shift as the feed shows it; <see cref="PublishedAt"/> is the event's DTSTAMP.</summary>
public sealed record FeedShift(Guid Id, LocalDate Date, LocalTime Start, LocalTime End, LocalTime? BreakStart, LocalTime? BreakEnd, string Channel, Instant PublishedAt);

/// <summary>
/// The iCalendar text of a listener's shifts: times in Europe/Paris with its VTIMEZONE, one VEVENT per shift whose UID is
/// the shift's id (so a calendar app updates an event rather than duplicating it), and a DTSTAMP taken from the
/// publication instant, so the same shifts always give the same text.
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string ZoneId = "Europe/Paris";

    public static string Build(string staffName, IReadOnlyList<FeedShift> shifts)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//3133 Scheduler//Planning//FR", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"3133 — {staffName}");
        calendar.AddProperty("X-WR-TIMEZONE", ZoneId);
        // The time-zone block starts at the earliest shift's year: enough for every event in the feed, and stable.
        var earliest = shifts.Count == 0 ? new LocalDate(2026, 1, 1) : shifts.Min(s => s.Date);
        calendar.AddTimeZone(ZoneId, new DateTime(earliest.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), includeHistoricalData: false);

        foreach (var shift in shifts.OrderBy(s => s.Date).ThenBy(s => s.Start))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{shift.Id:D}@3133-scheduler",
                DtStamp = new CalDateTime(shift.PublishedAt.ToDateTimeUtc(), "UTC", hasTime: true),
                DtStart = Local(shift.Date, shift.Start),
                DtEnd = Local(shift.Date, shift.End),
                Summary = $"Écoute 3133 ({ChannelLabel(shift.Channel)})",
                Description = shift is { BreakStart: { } bs, BreakEnd: { } be }
                    ? $"Pause (break) {bs:HH:mm}–{be:HH:mm}"
                    : "Sans pause (no break)",
                Transparency = "OPAQUE",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Local(LocalDate date, LocalTime time) => new(date.ToDateOnly(), time.ToTimeOnly(), ZoneId);

    private static string ChannelLabel(string channel) => channel switch
    {
        "phone" => "téléphone",
        "chat" => "tchat",
        "email" => "e-mail",
        "webform" => "formulaire web",
        _ => channel,
    };
}
