using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Required listeners per open slot and channel, with the expression of trained listeners of that channel on duty.
/// A listener with several channels counts on each of them (blended work: they take whatever contact waits).
/// </summary>
internal static class DemandCoverage
{
    public sealed record Need(DayGrid Day, int Slot, string Channel, int Required, LinearExpr OnDuty);

    public static IReadOnlyList<Need> Needs(RotaModel m) => m.Shared("demand-needs", () => Build(m));

    private static List<Need> Build(RotaModel m)
    {
        var needs = new List<Need>();
        var byKey = m.Problem.Demand
            .GroupBy(s => (s.Date, s.Start, s.Channel))
            .Select(g => (g.Key, Required: g.Max(s => s.RequiredListeners)));
        foreach (var ((date, start, channel), required) in byKey.OrderBy(k => k.Key.Date).ThenBy(k => k.Key.Start).ThenBy(k => k.Key.Channel, StringComparer.Ordinal))
        {
            if (required <= 0 || m.Grid.DayIndex(date) is not { } d)
            {
                continue;
            }

            var day = m.Grid.Days[d];
            var slot = RotaGrid.ToSlot(start, m.Grid.SlotMinutes);
            if (slot < day.OpenSlot || slot >= day.CloseSlot)
            {
                continue;
            }

            var onDuty = LinearExpr.NewBuilder();
            for (var p = 0; p < m.Staff.Count; p++)
            {
                var person = m.Staff[p];
                if (person.CountsAsTrainedListenerOn(date) && person.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase))
                {
                    m.X.AddOnDuty(onDuty, p, d, slot);
                }
            }

            needs.Add(new Need(day, slot, channel, required, onDuty));
        }

        return needs;
    }
}
