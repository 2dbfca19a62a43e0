using System.Numerics;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Exact pricing of a class's week by dynamic programming over start times: start times are taken in order, each either
/// unused or used on a set of free days (paying the start-time cost once), with the state (days worked, paid minutes).
/// It keeps the rules that shape one person's week here (allowed shifts and availability, one shift a day, one break in
/// each long shift's window, days off, the contract's weekly band, 48 h) and drops the rest rules, which only removes
/// constraints: its least reduced cost is never above the true one, so the bound it gives stays valid. On a 3133 week
/// it takes milliseconds where CP-SAT on the one-person model took 0.1–2 s and often could not prove its optimum.
/// </summary>
internal sealed class PatternDynamicProgram
{
    private readonly int classIndex;
    private readonly int startCost;
    private readonly Func<int, long> paidCost;
    private readonly int unit;
    private readonly int leastUnits;
    private readonly int mostUnits;
    private readonly int mostDays;
    private readonly int breakOffSlots;
    private readonly IReadOnlyList<DayGrid> week;
    private readonly int[] starts;
    private readonly int weekendMask;
    private readonly bool[] holidays;

    /// <summary>Per set of days worked (a bit a day), whether some member can work it after their history.</summary>
    private readonly bool[] daysFit;

    /// <summary>Options by (start, day): template, paid units.</summary>
    private readonly List<(ShiftTemplate Template, int Units)>[,] options;

    /// <summary>
    /// The tables of the pricing under way on this thread, shared by every class priced on it: a class's tables hold
    /// 128 sets of days times its paid minutes for each start and day (about 25 MB for a full-timer), and a week planned
    /// after a history prices a class per member (<see cref="FairnessRows.Classes"/>).
    /// </summary>
    [ThreadStatic]
    private static double[][][]? scratch;

    /// <param name="boundary">
    /// The members' history when <paramref name="week"/> is the horizon's first after one, or null: a week no member can
    /// work after their last days (a seventh day in a row, a Monday inside the daily rest) is not priced. Such weeks only
    /// bound the class loosely, and a class of one member, whose week is laid on them as chosen, then broke the rules.
    /// </param>
    public PatternDynamicProgram(RotaProblem problem, IReadOnlyList<DayGrid> week, StaffClass staffClass, int classIndex, HistoryBoundary? boundary = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(staffClass);
        this.week = week;
        this.classIndex = classIndex;
        var rules = problem.Rules;
        startCost = problem.Weights.StartTimeStability;
        paidCost = staffClass.DeferredCost(problem.Weights);
        breakOffSlots = RotaGrid.Build(problem).BreakOffSlots;
        mostDays = Math.Min(7 - rules.MinDaysOffPerWeek, rules.MaxWorkingDaysInSeven);
        var allowed = week.Select(d => d.IsOpen && staffClass.IsAvailable(d) ? PooledWeekModel.Allowed(rules, d).ToList() : []).ToList();
        if (boundary is not null)
        {
            allowed[0] = [.. allowed[0].Where(t => staffClass.Members.Any(m => boundary.RestsBefore(m, t)))];
        }

        daysFit = [.. Enumerable.Range(0, 128).Select(mask => boundary is null || staffClass.Members.Any(m => boundary.FitsDays(m, d => (mask & (1 << d)) != 0)))];
        var least = staffClass.MinimumPaid(week, rules);
        var most = staffClass.MaximumPaid(week, rules);
        unit = allowed.SelectMany(a => a).Select(t => t.PaidMinutes).Append(least).Append(most).Where(m => m > 0).Aggregate(0, (g, m) => (int)BigInteger.GreatestCommonDivisor(g, m));
        unit = Math.Max(1, unit);
        leastUnits = least / unit;
        mostUnits = most / unit;
        weekendMask = Enumerable.Range(0, 7).Where(d => WeekPattern.IsWeekend(week[d])).Aggregate(0, (m, d) => m | (1 << d));
        holidays = [.. week.Select(d => problem.Holidays.Contains(d.Date))];
        starts = [.. allowed.SelectMany(a => a).Select(t => t.StartSlot).Distinct().Order()];
        options = new List<(ShiftTemplate, int)>[starts.Length, 7];
        for (var s = 0; s < starts.Length; s++)
        {
            for (var d = 0; d < 7; d++)
            {
                options[s, d] = [.. allowed[d].Where(t => t.StartSlot == starts[s] && t.PaidMinutes / unit <= mostUnits).Select(t => (t, t.PaidMinutes / unit))];
            }
        }
    }

    /// <summary>This thread's tables, grown where they are smaller than this class's.</summary>
    private static double[][][] Tables(int starts, int size)
    {
        if (scratch is null || scratch.Length < starts + 1 || scratch[0][0].Length < size)
        {
            var count = Math.Max(starts + 1, scratch?.Length ?? 0);
            size = Math.Max(size, scratch?[0][0].Length ?? 0);
            scratch = new double[count][][];
            for (var s = 0; s < count; s++)
            {
                scratch[s] = new double[8][];
                for (var k = 0; k < 8; k++)
                {
                    scratch[s][k] = new double[size];
                }
            }
        }

        return scratch;
    }

    /// <summary>Up to <paramref name="most"/> columns of negative reduced cost, best first, and the least reduced cost of all.</summary>
    /// <param name="weekendValue">Dual value of working the weekend (Saturday or Sunday, once).</param>
    /// <param name="exactMinutes">When set, the best week of exactly these paid minutes is among the columns whatever its reduced cost.</param>
    /// <param name="loadValue">What each weekend day, late shift and holiday worked is worth to the master's fairness rows, or null.</param>
    public (IReadOnlyList<WeekPattern> Found, double LeastReducedCost) Price(
        Func<int, int, double> slotValue, double paidValue, double convexityValue, double weekendValue = 0, int? exactMinutes = null, LoadValue? loadValue = null, int most = 8)
    {
        var choice = Choices(slotValue, loadValue ?? LoadValue.None);
        var width = mostUnits + 1;
        var size = 128 * width;
        var tables = Tables(starts.Length, size);
        var start = tables[0][0];
        Array.Fill(start, double.PositiveInfinity, 0, size);
        start[0] = 0;
        for (var s = 0; s < starts.Length; s++)
        {
            var before = tables[s][0];
            for (var d = 0; d < 7; d++)
            {
                var from = tables[s][d];
                var to = tables[s][d + 1];
                Array.Copy(from, to, size);
                var bit = 1 << d;
                foreach (var (template, units) in options[s, d])
                {
                    var cost = choice[(d, template.Index)].Cost;
                    for (var mask = 0; mask < 128; mask++)
                    {
                        if ((mask & bit) != 0)
                        {
                            continue;
                        }

                        var row = mask * width;
                        var target = (mask | bit) * width;
                        for (var paid = 0; paid + units <= mostUnits; paid++)
                        {
                            var value = from[row + paid];
                            if (value < double.PositiveInfinity && value + cost < to[target + paid + units])
                            {
                                to[target + paid + units] = value + cost;
                            }
                        }
                    }
                }
            }

            var next = tables[s + 1][0];
            var used = tables[s][7];
            for (var i = 0; i < size; i++)
            {
                next[i] = Math.Min(before[i], used[i] + startCost);
            }
        }

        var final = tables[starts.Length][0];
        var ranked = new List<(double Reduced, int Mask, int Paid)>();
        for (var mask = 0; mask < 128; mask++)
        {
            if (BitOperations.PopCount((uint)mask) > mostDays || !daysFit[mask])
            {
                continue;
            }

            for (var paid = leastUnits; paid <= mostUnits; paid++)
            {
                var value = final[(mask * width) + paid];
                if (value < double.PositiveInfinity)
                {
                    var weekend = (mask & weekendMask) != 0 ? weekendValue : 0;
                    ranked.Add((value + paidCost(paid * unit) - (paidValue * paid * unit) - convexityValue - weekend, mask, paid));
                }
            }
        }

        if (ranked.Count == 0)
        {
            return ([], 0);
        }

        ranked.Sort((a, b) => a.Reduced.CompareTo(b.Reduced));
        var chosen = ranked.Where(r => r.Reduced < -1e-6).Take(most).ToList();
        if (exactMinutes is { } exact && ranked.FirstOrDefault(r => r.Paid * unit == exact) is { Mask: >= 0 } best && !chosen.Contains(best))
        {
            chosen.Add(best);
        }

        var found = chosen.Select(r => Trace(tables, r.Mask, r.Paid, choice)).ToList();
        return (found, ranked[0].Reduced);
    }

    /// <summary>Per (day, template): its cost when worked (minus the value of its duty and its fairness counts) and the break slot that costs least.</summary>
    private Dictionary<(int Day, int Template), (double Cost, int Break)> Choices(Func<int, int, double> slotValue, LoadValue load)
    {
        var choice = new Dictionary<(int, int), (double, int)>();
        for (var s = 0; s < starts.Length; s++)
        {
            for (var d = 0; d < 7; d++)
            {
                foreach (var (t, _) in options[s, d])
                {
                    var value = ((weekendMask & (1 << d)) != 0 ? load.WeekendDay : 0)
                        + (t.EndSlot >= week[d].CloseSlot ? load.LateShift : 0)
                        + (holidays[d] ? load.Holiday : 0);
                    for (var slot = t.StartSlot; slot < t.EndSlot; slot++)
                    {
                        value += slotValue(d, slot);
                    }

                    var breakSlot = -1;
                    if (t.NeedsBreak)
                    {
                        var lost = double.PositiveInfinity;
                        for (var k = t.BreakEarliest; k <= t.BreakLatest; k++)
                        {
                            var off = 0.0;
                            for (var slot = k; slot < Math.Min(t.EndSlot, k + breakOffSlots); slot++)
                            {
                                off += slotValue(d, slot);
                            }

                            if (off < lost)
                            {
                                (lost, breakSlot) = (off, k);
                            }
                        }

                        value -= lost;
                    }

                    choice[(d, t.Index)] = (-value, breakSlot);
                }
            }
        }

        return choice;
    }

    /// <summary>Walks the tables back from a final state to the week that reaches it.</summary>
    private WeekPattern Trace(double[][][] tables, int mask, int paid, Dictionary<(int Day, int Template), (double Cost, int Break)> choice)
    {
        var width = mostUnits + 1;
        var templates = Enumerable.Repeat(-1, 7).ToArray();
        var breaks = Enumerable.Repeat(-1, 7).ToArray();
        for (var s = starts.Length - 1; s >= 0; s--)
        {
            var state = (mask * width) + paid;
            if (tables[s][0][state] <= tables[s + 1][0][state] + 1e-9)
            {
                continue;
            }

            for (var d = 6; d >= 0; d--)
            {
                var here = tables[s][d + 1][(mask * width) + paid];
                var from = tables[s][d];
                if ((mask & (1 << d)) == 0 || from[(mask * width) + paid] <= here + 1e-9)
                {
                    continue;
                }

                foreach (var (template, units) in options[s, d])
                {
                    var previous = ((mask & ~(1 << d)) * width) + paid - units;
                    var (cost, breakSlot) = choice[(d, template.Index)];
                    if (paid >= units && Math.Abs(from[previous] + cost - here) <= 1e-9 * Math.Max(1, Math.Abs(here)))
                    {
                        templates[d] = template.Index;
                        breaks[d] = breakSlot;
                        mask &= ~(1 << d);
                        paid -= units;
                        break;
                    }
                }
            }
        }

        return WeekPattern.Of(classIndex, week, templates, breaks, breakOffSlots, startCost, paidCost);
    }
}
