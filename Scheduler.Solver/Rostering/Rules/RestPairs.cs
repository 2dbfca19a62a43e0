using Google.OrTools.Sat;
using NodaTime;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Pairs of shifts on two dates whose gap, in elapsed time, is shorter than a minimum. Because a later end only
/// forbids more starts, each distinct end slot gives one clique-like constraint:
/// (shifts ending at or after E on the first date) + (shifts starting at or before S(E) on the second date) ≤ 1.
/// </summary>
internal static class RestPairs
{
    /// <summary>For each end slot on <paramref name="first"/>, the latest start slot on <paramref name="second"/> that leaves too little rest.</summary>
    public static IReadOnlyList<(int EndSlot, int LatestBadStart)> TooShort(DayGrid first, DayGrid second, Duration minimum, DateTimeZone zone)
    {
        var result = new List<(int, int)>();
        foreach (var end in first.Templates.Select(t => t.EndSlot).Distinct().Order())
        {
            var endInstant = first.SlotInstant(end, zone);
            var bad = second.Templates.Where(t => second.SlotInstant(t.StartSlot, zone) - endInstant < minimum)
                .Select(t => t.StartSlot).DefaultIfEmpty(-1).Max();
            if (bad >= 0)
            {
                result.Add((end, bad));
            }
        }

        return result;
    }

    /// <summary>The latest start slot on <paramref name="day"/> that leaves less than <paramref name="minimum"/> after <paramref name="previousEnd"/>.</summary>
    public static int LatestBadStartAfter(Instant previousEnd, DayGrid day, Duration minimum, DateTimeZone zone) =>
        day.Templates.Where(t => day.SlotInstant(t.StartSlot, zone) - previousEnd < minimum)
            .Select(t => t.StartSlot).DefaultIfEmpty(-1).Max();

    public static LinearExpr EndingAtOrAfter(RotaModel m, int person, DayGrid day, int endSlot) =>
        m.X.EndsAtOrAfter(person, day.Index, endSlot);

    public static LinearExpr StartingAtOrBefore(RotaModel m, int person, DayGrid day, int startSlot) =>
        m.X.StartedBy(person, day.Index, startSlot);
}
