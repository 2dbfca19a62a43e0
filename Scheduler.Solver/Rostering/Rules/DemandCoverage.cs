using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Required listeners per open slot and channel, with the expression of trained listeners of that channel on duty.
/// A listener with several channels counts on each of them (blended work: they take whatever contact waits).
/// </summary>
internal static class DemandCoverage
{
    public sealed record Need(DayGrid Day, int Slot, string Channel, int Required, LinearExpr OnDuty);

    public static IReadOnlyList<Need> Needs(RotaModel m) => m.Shared("demand-needs", () => Build(m));

    /// <summary>Every open slot and channel with a positive need (the largest when a slot is listed twice), in a fixed order.</summary>
    public static IEnumerable<(DayGrid Day, int Slot, string Channel, int Required)> Requirements(RotaProblem problem, RotaGrid grid)
    {
        var byKey = problem.Demand
            .GroupBy(s => (s.Date, s.Start, s.Channel))
            .Select(g => (g.Key, Required: g.Max(s => s.RequiredListeners)));
        foreach (var ((date, start, channel), required) in byKey.OrderBy(k => k.Key.Date).ThenBy(k => k.Key.Start).ThenBy(k => k.Key.Channel, StringComparer.Ordinal))
        {
            if (required <= 0 || grid.DayIndex(date) is not { } d)
            {
                continue;
            }

            var day = grid.Days[d];
            var slot = RotaGrid.ToSlot(start, grid.SlotMinutes);
            if (slot >= day.OpenSlot && slot < day.CloseSlot)
            {
                yield return (day, slot, channel, required);
            }
        }
    }

    private static List<Need> Build(RotaModel m)
    {
        var needs = new List<Need>();
        foreach (var (day, slot, channel, required) in Requirements(m.Problem, m.Grid))
        {
            var onDuty = LinearExpr.NewBuilder();
            for (var p = 0; p < m.Staff.Count; p++)
            {
                var person = m.Staff[p];
                if (person.CountsAsTrainedListenerOn(day.Date) && person.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase))
                {
                    m.X.AddOnDuty(onDuty, p, day.Index, slot);
                }
            }

            needs.Add(new Need(day, slot, channel, required, onDuty));
        }

        return needs;
    }
}
