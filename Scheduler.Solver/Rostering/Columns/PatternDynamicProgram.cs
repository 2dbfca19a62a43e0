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

    /// <summary>Options by (start, day): template, paid units.</summary>
    private readonly List<(ShiftTemplate Template, int Units)>[,] options;
    private readonly double[][][] tables;

    public PatternDynamicProgram(RotaProblem problem, IReadOnlyList<DayGrid> week, StaffClass staffClass, int classIndex)
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
        var least = staffClass.MinimumPaid(week, rules);
        var most = staffClass.MaximumPaid(week, rules);
        unit = allowed.SelectMany(a => a).Select(t => t.PaidMinutes).Append(least).Append(most).Where(m => m > 0).Aggregate(0, (g, m) => (int)BigInteger.GreatestCommonDivisor(g, m));
        unit = Math.Max(1, unit);
        leastUnits = least / unit;
        mostUnits = most / unit;
        weekendMask = Enumerable.Range(0, 7).Where(d => WeekPattern.IsWeekend(week[d])).Aggregate(0, (m, d) => m | (1 << d));
        starts = [.. allowed.SelectMany(a => a).Select(t => t.StartSlot).Distinct().Order()];
        options = new List<(ShiftTemplate, int)>[starts.Length, 7];
        for (var s = 0; s < starts.Length; s++)
        {
            for (var d = 0; d < 7; d++)
            {
                options[s, d] = [.. allowed[d].Where(t => t.StartSlot == starts[s] && t.PaidMinutes / unit <= mostUnits).Select(t => (t, t.PaidMinutes / unit))];
            }
        }

        tables = new double[starts.Length + 1][][];
        for (var s = 0; s <= starts.Length; s++)
        {
            tables[s] = new double[8][];
            for (var k = 0; k < 8; k++)
            {
                tables[s][k] = new double[128 * (mostUnits + 1)];
            }
        }
    }

    /// <summary>Up to <paramref name="most"/> columns of negative reduced cost, best first, and the least reduced cost of all.</summary>
    /// <param name="weekendValue">Dual value of working the weekend (Saturday or Sunday, once).</param>
    /// <param name="exactMinutes">When set, the best week of exactly these paid minutes is among the columns whatever its reduced cost.</param>
    public (IReadOnlyList<WeekPattern> Found, double LeastReducedCost) Price(Func<int, int, double> slotValue, double paidValue, double convexityValue, double weekendValue = 0, int? exactMinutes = null, int most = 8)
    {
        var choice = Choices(slotValue);
        var width = mostUnits + 1;
        var start = tables[0][0];
        Array.Fill(start, double.PositiveInfinity);
        start[0] = 0;
        for (var s = 0; s < starts.Length; s++)
        {
            var before = tables[s][0];
            for (var d = 0; d < 7; d++)
            {
                var from = tables[s][d];
                var to = tables[s][d + 1];
                Array.Copy(from, to, to.Length);
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
            for (var i = 0; i < next.Length; i++)
            {
                next[i] = Math.Min(before[i], used[i] + startCost);
            }
        }

        var final = tables[starts.Length][0];
        var ranked = new List<(double Reduced, int Mask, int Paid)>();
        for (var mask = 0; mask < 128; mask++)
        {
            if (BitOperations.PopCount((uint)mask) > mostDays)
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

        var found = chosen.Select(r => Trace(r.Mask, r.Paid, choice)).ToList();
        return (found, ranked[0].Reduced);
    }

    /// <summary>Per (day, template): its cost when worked (minus the value of its duty) and the break slot that costs least.</summary>
    private Dictionary<(int Day, int Template), (double Cost, int Break)> Choices(Func<int, int, double> slotValue)
    {
        var choice = new Dictionary<(int, int), (double, int)>();
        for (var s = 0; s < starts.Length; s++)
        {
            for (var d = 0; d < 7; d++)
            {
                foreach (var (t, _) in options[s, d])
                {
                    var value = 0.0;
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
    private WeekPattern Trace(int mask, int paid, Dictionary<(int Day, int Template), (double Cost, int Break)> choice)
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
