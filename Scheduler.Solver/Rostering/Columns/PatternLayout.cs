using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Lays the chosen week patterns on people over the horizon, like a rotating rota: each class's patterns of a week are
/// ordered by their weekend and late-shift load, and member i takes the pattern at position (i + w × step) in week w, so
/// over the weeks everyone passes through light and heavy weeks alike. The step of each class is the one whose rota keeps
/// the rules across week boundaries (at most so many days in 7, daily rest over the Monday) and spreads the load best.
/// </summary>
internal static class PatternLayout
{
    /// <param name="weeks">Per week of the horizon, the patterns chosen for it (each as many times as members work it).</param>
    public static IReadOnlyList<Assignment> Lay(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, IReadOnlyList<IReadOnlyList<WeekPattern>> weeks)
    {
        var result = new List<Assignment>();
        for (var c = 0; c < classes.Count; c++)
        {
            var members = classes[c].Members;
            var ordered = weeks.Select((chosen, w) => chosen.Where(p => p.ClassIndex == c)
                .OrderByDescending(p => Load(grid, w, p).Weekends).ThenByDescending(p => Load(grid, w, p).Late).ThenBy(p => p.Key, StringComparer.Ordinal).ToList()).ToList();
            if (ordered.Any(o => o.Count != members.Count))
            {
                throw new InvalidOperationException("Each week needs one pattern per member of the class.");
            }

            var best = Enumerable.Range(0, Math.Max(1, members.Count))
                .OrderBy(step => Score(problem, grid, ordered, step))
                .First();
            for (var i = 0; i < members.Count; i++)
            {
                for (var w = 0; w < weeks.Count; w++)
                {
                    result.AddRange(Shifts(problem.Staff[members[i]].Id, grid, w, ordered[w][(i + (w * best)) % members.Count]));
                }
            }
        }

        return result;
    }

    /// <summary>Breaches of the rules across week boundaries first, then the spread of weekends and late shifts over the members.</summary>
    private static double Score(RotaProblem problem, RotaGrid grid, List<List<WeekPattern>> ordered, int step)
    {
        var n = ordered[0].Count;
        var breaches = 0;
        var weekends = new int[n];
        var late = new int[n];
        var runs = 0;
        for (var i = 0; i < n; i++)
        {
            var worked = new List<bool>();
            var weekendRun = 0;
            for (var w = 0; w < ordered.Count; w++)
            {
                var pattern = ordered[w][(i + (w * step)) % n];
                var (weekendDays, lateShifts) = Load(grid, w, pattern);
                weekends[i] += weekendDays;
                late[i] += lateShifts;
                weekendRun = weekendDays > 0 ? weekendRun + 1 : 0;
                runs += weekendRun >= 3 ? 1 : 0;
                if (w > 0)
                {
                    breaches += RestBreached(problem, grid, w, ordered[w - 1][(i + ((w - 1) * step)) % n], pattern) ? 1 : 0;
                }

                worked.AddRange(Enumerable.Range(0, 7).Select(pattern.Works));
            }

            for (var d = 0; d + 7 <= worked.Count; d++)
            {
                breaches += worked.Skip(d).Take(7).Count(x => x) > problem.Rules.MaxWorkingDaysInSeven ? 1 : 0;
            }
        }

        var spread = n == 0 ? 0 : weekends.Max() - weekends.Min() + late.Max() - late.Min();
        return (breaches * 1e6) + (spread * problem.Weights.Fairness) + (runs * problem.Weights.ConsecutiveWeekends);
    }

    private static bool RestBreached(RotaProblem problem, RotaGrid grid, int w, WeekPattern before, WeekPattern after)
    {
        if (!before.Works(6) || !after.Works(0))
        {
            return false;
        }

        var sunday = grid.Days[(7 * (w - 1)) + 6];
        var monday = grid.Days[7 * w];
        var end = sunday.SlotStart(sunday.Templates[before.Templates[6]].EndSlot);
        var start = monday.SlotStart(monday.Templates[after.Templates[0]].StartSlot);
        return Period.Between(end, start).ToDuration() < problem.Rules.MinDailyRest;
    }

    private static (int Weekends, int Late) Load(RotaGrid grid, int w, WeekPattern pattern)
    {
        var days = grid.Week(w).ToList();
        var weekends = pattern.Works(5) || pattern.Works(6) ? (pattern.Works(5) ? 1 : 0) + (pattern.Works(6) ? 1 : 0) : 0;
        var late = Enumerable.Range(0, 7).Count(d => pattern.Works(d) && days[d].Templates[pattern.Templates[d]].EndSlot >= days[d].CloseSlot);
        return (weekends, late);
    }

    private static IEnumerable<Assignment> Shifts(string staffId, RotaGrid grid, int w, WeekPattern pattern)
    {
        var days = grid.Week(w).ToList();
        for (var d = 0; d < 7; d++)
        {
            if (!pattern.Works(d))
            {
                continue;
            }

            var day = days[d];
            var t = day.Templates[pattern.Templates[d]];
            LocalTime? breakStart = pattern.BreakSlots[d] >= 0 ? day.SlotTime(pattern.BreakSlots[d]) : null;
            yield return new Assignment(staffId, day.Date, day.SlotTime(t.StartSlot), day.SlotTime(t.EndSlot), breakStart, breakStart?.PlusMinutes(grid.BreakMinutes));
        }
    }
}
