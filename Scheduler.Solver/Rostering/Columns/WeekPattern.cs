using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// One person's week as a column of the master problem: per day of the week the shift template worked (or -1) and its
/// break slot (or -1), with what the master needs to price it: the person's own cost (start times), the paid minutes and
/// the (day of week, slot) pairs the person is on the floor.
/// </summary>
internal sealed record WeekPattern(int ClassIndex, int[] Templates, int[] BreakSlots, long OwnCost, int PaidMinutes, IReadOnlyList<(int Day, int Slot)> Duty)
{
    /// <summary>Identity of the pattern, so the same week is never added twice.</summary>
    public string Key => $"{ClassIndex}:{string.Join(',', Templates)}:{string.Join(',', BreakSlots)}";

    public bool Works(int day) => Templates[day] >= 0;

    /// <summary>True when <paramref name="before"/>'s Sunday shift and <paramref name="after"/>'s Monday shift leave less than the daily rest between them.</summary>
    public static bool RestBreached(RuleSettings rules, DayGrid sunday, DayGrid monday, WeekPattern before, WeekPattern after)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(sunday);
        ArgumentNullException.ThrowIfNull(monday);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!before.Works(6) || !after.Works(0))
        {
            return false;
        }

        var end = sunday.SlotStart(sunday.Templates[before.Templates[6]].EndSlot);
        var start = monday.SlotStart(monday.Templates[after.Templates[0]].StartSlot);
        return NodaTime.Period.Between(end, start).ToDuration() < rules.MinDailyRest;
    }

    /// <summary>True when the pattern works the Saturday or the Sunday of <paramref name="week"/>.</summary>
    public bool WorksWeekend(IReadOnlyList<DayGrid> week) => Enumerable.Range(0, Templates.Length).Any(d => Works(d) && IsWeekend(week[d]));

    public static bool IsWeekend(DayGrid day) =>
        day?.Date.DayOfWeek is NodaTime.IsoDayOfWeek.Saturday or NodaTime.IsoDayOfWeek.Sunday;

    /// <summary>The pattern of these shifts on the week's days: its duty, paid minutes and own cost (start times, and what <paramref name="paidCost"/> charges for its paid minutes).</summary>
    public static WeekPattern Of(int classIndex, IReadOnlyList<DayGrid> week, int[] templates, int[] breaks, int breakOffSlots, int startCost, Func<int, long>? paidCost = null)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(breaks);
        var duty = new List<(int, int)>();
        var paid = 0;
        var starts = new HashSet<int>();
        for (var d = 0; d < templates.Length; d++)
        {
            if (templates[d] < 0)
            {
                continue;
            }

            var t = week[d].Templates[templates[d]];
            paid += t.PaidMinutes;
            starts.Add(t.StartSlot);
            for (var slot = t.StartSlot; slot < t.EndSlot; slot++)
            {
                if (breaks[d] < 0 || slot < breaks[d] || slot >= breaks[d] + breakOffSlots)
                {
                    duty.Add((d, slot));
                }
            }
        }

        return new WeekPattern(classIndex, templates, breaks, ((long)starts.Count * startCost) + (paidCost?.Invoke(paid) ?? 0), paid, duty);
    }

    /// <summary>The pattern of a person's shifts in week <paramref name="w"/> of the grid, or null when a shift is not on it.</summary>
    public static WeekPattern? Read(int classIndex, RotaGrid grid, int w, string staffId, IEnumerable<Assignment> rota, int startCost, Func<int, long>? paidCost = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var week = grid.Week(w).ToList();
        var templates = Enumerable.Repeat(-1, 7).ToArray();
        var breaks = Enumerable.Repeat(-1, 7).ToArray();
        foreach (var a in rota.Where(a => a.StaffId == staffId))
        {
            var d = week.FindIndex(x => x.Date == a.Date);
            if (d < 0)
            {
                continue;
            }

            if (grid.Find(week[d].Index, a.Start, a.End) is not { } t)
            {
                return null;
            }

            var breakSlot = a.BreakStart is { } b ? RotaGrid.SlotOf(b, grid.SlotMinutes) : -1;
            if (breakSlot is null)
            {
                // A break off the grid (edited by hand) is no pattern's break.
                return null;
            }

            templates[d] = t.Index;
            breaks[d] = breakSlot.Value;
        }

        return Of(classIndex, week, templates, breaks, grid.BreakOffSlots, startCost, paidCost);
    }
}
