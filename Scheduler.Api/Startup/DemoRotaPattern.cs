using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Startup;

/// <summary>
/// The demo history's rota: a simple repeating pattern, not a solved one. Every day 6 listeners work 09:00–14:30 and
/// 6 work 14:30–20:00 (5.5 h, no break required). Listener <c>i</c> on day <c>d</c> takes position <c>(i + 5d) mod n</c>:
/// positions 0–5 early, 6–11 late, the rest off. Stepping by 5 spreads each person's days (about 3 on, 2 off) instead
/// of 12 in a row; with 21 listeners each works about 4 days (22 h) a week. Plausible, not checked against every rule.
/// </summary>
public static class DemoRotaPattern
{
    public const int PerShift = 6;
    public static readonly LocalTime Open = new(9, 0);
    public static readonly LocalTime Handover = new(14, 30);
    public static readonly LocalTime Close = new(20, 0);

    public static IReadOnlyList<AssignmentEntity> Build(LocalDate first, int weeks, IReadOnlyList<Guid> listeners)
    {
        var n = listeners.Count;
        var shifts = new List<AssignmentEntity>();
        for (var d = 0; d < 7 * weeks; d++)
        {
            for (var i = 0; i < n; i++)
            {
                var position = (i + (5 * d)) % n;
                if (position < Math.Min(PerShift, n))
                {
                    shifts.Add(Shift(listeners[i], first.PlusDays(d), Open, Handover));
                }
                else if (position < Math.Min(2 * PerShift, n))
                {
                    shifts.Add(Shift(listeners[i], first.PlusDays(d), Handover, Close));
                }
            }
        }

        return shifts;
    }

    private static AssignmentEntity Shift(Guid staffId, LocalDate date, LocalTime start, LocalTime end) =>
        new() { Id = Guid.NewGuid(), StaffId = staffId, Date = date, Start = start, End = end };
}
