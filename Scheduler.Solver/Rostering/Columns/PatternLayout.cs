using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Lays the chosen week patterns on people over the horizon. First like a rotating rota: each class's patterns of a week are
/// ordered by their weekend and late-shift load, and member i takes the pattern at position (i + w × step) in week w, the
/// step being the one that keeps the rules across Mondays and spreads the load best. Then, with a budget, CP-SAT reassigns
/// them (<see cref="PatternAssignment"/>) to even out weekends, late shifts and holidays and avoid three weekends in a row.
/// </summary>
internal static class PatternLayout
{
    /// <param name="weeks">Per week of the horizon, the patterns chosen for it (each as many times as members work it).</param>
    /// <param name="budget">Seconds (or deterministic units) for the reassignment of all classes; 0 keeps the rotation.</param>
    /// <param name="pins">Shifts fixed by hand that the patterns were chosen without: the reassignment fits them (<see cref="PatternFit"/>).</param>
    public static IReadOnlyList<Assignment> Lay(
        RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, IReadOnlyList<IReadOnlyList<WeekPattern>> weeks, CpSatRun? run = null, double budget = 0,
        IReadOnlyList<Assignment>? pins = null)
    {
        var result = new List<Assignment>();
        var boundary = problem.History.Count == 0 ? null : new HistoryBoundary(problem, grid);
        var end = (run?.Remaining ?? 0) - budget;
        for (var c = 0; c < classes.Count; c++)
        {
            var members = classes[c].Members;
            var ordered = weeks.Select((chosen, w) => (IReadOnlyList<WeekPattern>)[.. chosen.Where(p => p.ClassIndex == c)
                .Select(p => (Pattern: p, Load: PatternLoad.Of(problem, grid, w, p)))
                .OrderByDescending(x => x.Load.WeekendDays).ThenByDescending(x => x.Load.LateShifts).ThenBy(x => x.Pattern.Key, StringComparer.Ordinal)
                .Select(x => x.Pattern)]).ToList();
            if (ordered.Any(o => o.Count != members.Count))
            {
                throw new InvalidOperationException("Each week needs one pattern per member of the class.");
            }

            var taken = Enumerable.Range(0, Math.Max(1, members.Count)).Select(step => Rotation(members.Count, weeks.Count, step))
                .Append(ByWeekendStrings(problem, grid, ordered))
                .OfType<int[,]>()
                .MinBy(t => Score(problem, grid, ordered, t))!;

            var share = run is null ? 0 : (run.Remaining - end) / (classes.Count - c);
            var assigned = run is not null && weeks.Count > 1 && members.Count > 1 && share > 0.05
                ? PatternAssignment.Assign(problem, grid, members, ordered, taken, run, share, pins)
                : null;
            taken = assigned ?? (boundary is null ? taken : AfterHistory(boundary, members, ordered[0], taken));

            for (var i = 0; i < members.Count; i++)
            {
                for (var w = 0; w < weeks.Count; w++)
                {
                    result.AddRange(Shifts(problem.Staff[members[i]].Id, grid, w, ordered[w][taken[i, w]]));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The rows of <paramref name="taken"/> (each a member's weeks) dealt again so that every member's first week fits their
    /// history (<see cref="HistoryBoundary.Fits"/>), by a matching of members to rows; each row's own weeks are kept, and
    /// so the rules between them. The rotations know no history: laid as they were after a published week, the quick
    /// week gave people a seventh working day in a row. Unchanged when every member already fits, or when no dealing fits all.
    /// </summary>
    private static int[,] AfterHistory(HistoryBoundary boundary, IReadOnlyList<int> members, IReadOnlyList<WeekPattern> firstWeek, int[,] taken)
    {
        var n = members.Count;
        var fits = new bool[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var r = 0; r < n; r++)
            {
                fits[i, r] = boundary.Fits(members[i], firstWeek[taken[r, 0]]);
            }
        }

        if (Enumerable.Range(0, n).All(i => fits[i, i]))
        {
            return taken;
        }

        // Kuhn's augmenting paths: memberOf[r] is the member holding row r (-1 while free).
        var memberOf = Enumerable.Repeat(-1, n).ToArray();
        bool Augment(int i, bool[] seen)
        {
            for (var r = 0; r < n; r++)
            {
                if (fits[i, r] && !seen[r])
                {
                    seen[r] = true;
                    if (memberOf[r] < 0 || Augment(memberOf[r], seen))
                    {
                        memberOf[r] = i;
                        return true;
                    }
                }
            }

            return false;
        }

        if (!Enumerable.Range(0, n).All(i => Augment(i, new bool[n])))
        {
            return taken;
        }

        var dealt = new int[n, taken.GetLength(1)];
        for (var r = 0; r < n; r++)
        {
            for (var w = 0; w < taken.GetLength(1); w++)
            {
                dealt[memberOf[r], w] = taken[r, w];
            }
        }

        return dealt;
    }

    /// <summary>Member i takes position (i + w × step) of week w.</summary>
    private static int[,] Rotation(int members, int weeks, int step)
    {
        var taken = new int[members, weeks];
        for (var i = 0; i < members; i++)
        {
            for (var w = 0; w < weeks; w++)
            {
                taken[i, w] = (i + (w * step)) % members;
            }
        }

        return taken;
    }

    /// <summary>
    /// Members get weekend strings with the fewest runs of three (<see cref="WeekendStrings"/>); each week, those on a weekend
    /// take the weekend patterns and the others the rest, heaviest pattern to the member with the least load so far.
    /// </summary>
    private static int[,]? ByWeekendStrings(RotaProblem problem, RotaGrid grid, List<IReadOnlyList<WeekPattern>> ordered)
    {
        var n = ordered[0].Count;
        var loads = ordered.Select((week, w) => week.Select(p => PatternLoad.Of(problem, grid, w, p)).ToList()).ToList();
        if (WeekendStrings.Choose(n, [.. loads.Select(week => week.Count(l => l.AnyWeekendDay))]) is not { } laid)
        {
            return null;
        }

        var taken = new int[n, ordered.Count];
        var weekendDays = new int[n];
        var late = new int[n];
        for (var w = 0; w < ordered.Count; w++)
        {
            foreach (var onWeekend in new[] { true, false })
            {
                var bit = 1 << w;
                var people = Enumerable.Range(0, n).Where(i => ((laid.Strings[i] & bit) != 0) == onWeekend)
                    .OrderBy(i => weekendDays[i]).ThenBy(i => late[i]).ThenBy(i => i).ToList();
                var patterns = Enumerable.Range(0, n).Where(k => loads[w][k].AnyWeekendDay == onWeekend)
                    .OrderByDescending(k => loads[w][k].WeekendDays).ThenByDescending(k => loads[w][k].LateShifts).ToList();
                for (var j = 0; j < people.Count; j++)
                {
                    taken[people[j], w] = patterns[j];
                    weekendDays[people[j]] += loads[w][patterns[j]].WeekendDays;
                    late[people[j]] += loads[w][patterns[j]].LateShifts;
                }
            }
        }

        return taken;
    }

    /// <summary>Breaches of the rules across week boundaries first, then the spread of weekends and late shifts over the members.</summary>
    private static double Score(RotaProblem problem, RotaGrid grid, List<IReadOnlyList<WeekPattern>> ordered, int[,] taken)
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
                var pattern = ordered[w][taken[i, w]];
                var load = PatternLoad.Of(problem, grid, w, pattern);
                weekends[i] += load.WeekendDays;
                late[i] += load.LateShifts;
                weekendRun = load.AnyWeekendDay ? weekendRun + 1 : 0;
                runs += weekendRun >= 3 ? 1 : 0;
                if (w > 0)
                {
                    breaches += WeekPattern.RestBreached(problem.Rules, grid.Days[(7 * w) - 1], grid.Days[7 * w], ordered[w - 1][taken[i, w - 1]], pattern) ? 1 : 0;
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
