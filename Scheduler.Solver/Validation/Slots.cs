using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation;

/// <summary>The slot grid of a day in minutes since midnight, and who is on the floor for a whole slot.</summary>
public static class Slots
{
    /// <summary>The open slots of a day as [start, end) minutes; the last one is cut short when closing is off the grid.</summary>
    public static IEnumerable<(int Start, int End)> Open(OpeningHours opening, Duration slotLength)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var step = Math.Max(1, (int)slotLength.TotalMinutes);
        var close = MinuteOfDay(opening.Close);
        for (var start = MinuteOfDay(opening.Open); start < close; start += step)
        {
            yield return (start, Math.Min(start + step, close));
        }
    }

    /// <summary>True when the shift covers [start, end) (minutes of the day) and no part of its break falls inside it.</summary>
    public static bool OnDutyThroughout(Assignment shift, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(shift);
        if (MinuteOfDay(shift.Start) > start || MinuteOfDay(shift.End) < end)
        {
            return false;
        }

        return !(shift.BreakStart is { } bs && shift.BreakEnd is { } be && MinuteOfDay(bs) < end && MinuteOfDay(be) > start);
    }

    public static int MinuteOfDay(LocalTime time) => (time.Hour * 60) + time.Minute;

    public static LocalTime AtMinute(int minuteOfDay) =>
        minuteOfDay >= 24 * 60 ? LocalTime.MaxValue : LocalTime.FromMinutesSinceMidnight(minuteOfDay);
}
