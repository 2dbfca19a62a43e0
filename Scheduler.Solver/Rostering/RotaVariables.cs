using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The model's variables, all created here. Decisions: one bool per (person, date, shift template), true when the person
/// works that shift, and one bool per (person, date, break slot), true when the person's break starts there.
/// Derived, each defined by one equality so rules stay small and the LP stays as tight as the plain template sums:
/// works that day, paid minutes that day, and two running counts per slot, "started by slot j" (shifts with start ≤ j)
/// and "ended by slot j" (shifts with end ≤ j). On shift in slot j = started(j) − ended(j): a coverage row then has
/// three or four terms per person instead of one per template covering the slot.
/// The paid minutes and the running counts are made on first use, unless the problem has slot-level cover (demand, floor
/// minimums) or breaks, which use them all: a problem of named day shifts (a year-long benchmark) then never pays for them.
/// </summary>
public sealed class RotaVariables
{
    private readonly BoolVar[][][] shifts;
    private readonly Dictionary<int, BoolVar>[][] breaks;
    private readonly IntVar[][] works;
    private readonly IntVar?[][] paid;
    private readonly Dictionary<int, IntVar>?[][] started;
    private readonly Dictionary<int, IntVar>?[][] ended;
    private readonly Dictionary<int, IntVar>?[][] longStarted;
    private readonly Dictionary<int, IntVar>?[][] longEnded;
    private readonly RotaGrid grid;
    private readonly CpModel model;
    private readonly int most;

    /// <param name="strict">True to give the derived counts 0–1 domains; false when one-shift-per-day may be switched off (explaining).</param>
    public RotaVariables(CpModel model, RotaGrid grid, bool strict)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grid);
        this.grid = grid;
        this.model = model;
        most = strict ? 1 : Math.Max(1, grid.Days.Select(d => d.Templates.Count).DefaultIfEmpty(1).Max());
        var eager = SlotLevel = UsesSlots(grid);
        var count = grid.Problem.Staff.Count;
        shifts = new BoolVar[count][][];
        breaks = new Dictionary<int, BoolVar>[count][];
        works = new IntVar[count][];
        paid = new IntVar[count][];
        started = new Dictionary<int, IntVar>[count][];
        ended = new Dictionary<int, IntVar>[count][];
        longStarted = new Dictionary<int, IntVar>[count][];
        longEnded = new Dictionary<int, IntVar>[count][];
        for (var p = 0; p < count; p++)
        {
            shifts[p] = new BoolVar[grid.Days.Count][];
            breaks[p] = new Dictionary<int, BoolVar>[grid.Days.Count];
            works[p] = new IntVar[grid.Days.Count];
            paid[p] = new IntVar?[grid.Days.Count];
            started[p] = new Dictionary<int, IntVar>?[grid.Days.Count];
            ended[p] = new Dictionary<int, IntVar>?[grid.Days.Count];
            longStarted[p] = new Dictionary<int, IntVar>?[grid.Days.Count];
            longEnded[p] = new Dictionary<int, IntVar>?[grid.Days.Count];
            foreach (var day in grid.Days)
            {
                Create(p, day, strict, eager);
            }
        }
    }

    public RotaGrid Grid => grid;

    /// <summary>True when the problem has slot-level cover or breaks; false for a model of whole named shifts per day.</summary>
    public bool SlotLevel { get; }

    public BoolVar Shift(int person, int day, int template) => shifts[person][day][template];

    public IReadOnlyList<BoolVar> Shifts(int person, int day) => shifts[person][day];

    public IReadOnlyDictionary<int, BoolVar> Breaks(int person, int day) => breaks[person][day];

    /// <summary>Number of shifts the person works on the day (one-shift-per-day keeps it at most 1).</summary>
    public IntVar Works(int person, int day) => works[person][day];

    /// <summary>Paid minutes of the person on the day: shift length minus its unpaid break.</summary>
    public IntVar PaidMinutesOn(int person, int day) => paid[person][day] ??= MakePaid(person, grid.Days[day]);

    /// <summary>Sum of the person's shifts on the day that satisfy <paramref name="which"/>.</summary>
    public LinearExpr ShiftsWhere(int person, int day, Func<ShiftTemplate, bool> which) =>
        LinearExpr.Sum(grid.Days[day].Templates.Where(which).Select(t => shifts[person][day][t.Index]));

    /// <summary>Shifts of the day starting at or before <paramref name="slot"/>.</summary>
    public LinearExpr StartedBy(int person, int day, int slot) =>
        Count(started[person][day] ??= RunningCount(person, day, all: true, t => t.StartSlot, "s"), slot, works[person][day]);

    /// <summary>Shifts of the day ending at or before <paramref name="slot"/> (end slot exclusive).</summary>
    public LinearExpr EndedBy(int person, int day, int slot) =>
        Count(ended[person][day] ??= RunningCount(person, day, all: true, t => t.EndSlot, "e"), slot, works[person][day]);

    /// <summary>
    /// Shifts long enough for a break that started at or before <paramref name="startedBy"/> and end after <paramref name="endedAfter"/>:
    /// the long shifts whose break window holds a slot. As a difference of two running counts it is as tight in the LP as
    /// the sum over those templates, and a break can only sit inside a real long shift.
    /// </summary>
    public LinearExpr LongShiftsSpanning(int person, int day, int startedBy, int endedAfter)
    {
        var all = ShiftsWhere(person, day, t => t.NeedsBreak);
        var starts = longStarted[person][day] ??= RunningCount(person, day, all: false, t => t.StartSlot, "ls");
        var ends = longEnded[person][day] ??= RunningCount(person, day, all: false, t => t.EndSlot, "le");
        return Count(starts, startedBy, all) - Count(ends, endedAfter, all);
    }

    private static LinearExpr Count(Dictionary<int, IntVar> counts, int slot, LinearExpr whole)
    {
        if (counts.Count == 0 || slot < counts.Keys.Min())
        {
            return LinearExpr.Constant(0);
        }

        return slot > counts.Keys.Max() ? whole : counts[slot];
    }

    /// <summary>Shifts of the day starting exactly at <paramref name="slot"/>.</summary>
    public LinearExpr StartsAt(int person, int day, int slot) => StartedBy(person, day, slot) - StartedBy(person, day, slot - 1);

    /// <summary>Shifts of the day ending at or after <paramref name="slot"/>.</summary>
    public LinearExpr EndsAtOrAfter(int person, int day, int slot) => works[person][day] - EndedBy(person, day, slot - 1);

    /// <summary>Adds to <paramref name="sum"/> the person's presence on the floor in the slot: on shift and not on break.</summary>
    public void AddOnDuty(LinearExprBuilder sum, int person, int day, int slot)
    {
        ArgumentNullException.ThrowIfNull(sum);
        sum.Add(StartedBy(person, day, slot)).AddTerm(EndedBy(person, day, slot), -1);
        for (var k = slot - grid.BreakOffSlots + 1; k <= slot; k++)
        {
            if (breaks[person][day].TryGetValue(k, out var b))
            {
                sum.AddTerm(b, -1);
            }
        }
    }

    /// <summary>Paid minutes of the person over the given days.</summary>
    public LinearExpr PaidMinutes(int person, IEnumerable<DayGrid> days) => LinearExpr.Sum(days.Select(d => PaidMinutesOn(person, d.Index)));

    /// <summary>Every decision variable, in a fixed order (for fixing a rota).</summary>
    public IEnumerable<BoolVar> Decisions =>
        shifts.SelectMany(p => p.SelectMany(d => d)).Concat(breaks.SelectMany(p => p.SelectMany(d => d.Values)));

    /// <summary>True when slot-level rules (demand, floor minimums, breaks) will ask for every running count anyway.</summary>
    private static bool UsesSlots(RotaGrid grid)
    {
        var problem = grid.Problem;
        return problem.Demand.Count > 0 || problem.Rules.MinManagersOnDuty > 0 || problem.Rules.MinTrainedListenersOnDuty > 0
            || grid.Days.Any(d => d.Templates.Any(t => t.NeedsBreak));
    }

    private void Create(int p, DayGrid day, bool strict, bool eager)
    {
        var d = day.Index;
        var templates = day.Templates;
        var x = shifts[p][d] = [.. templates.Select(t => model.NewBoolVar($"x{p}_{d}_{t.Index}"))];
        breaks[p][d] = day.BreakSlots.ToDictionary(k => k, k => model.NewBoolVar($"b{p}_{d}_{k}"));
        var dayMost = strict ? 1 : Math.Max(1, templates.Count);
        works[p][d] = model.NewIntVar(0, dayMost, $"w{p}_{d}");
        model.Add(works[p][d] == LinearExpr.Sum(x));
        if (!eager)
        {
            return;
        }

        // Same creation order as before laziness existed, so the 3133 models (and their searches) are unchanged.
        paid[p][d] = MakePaid(p, day);
        started[p][d] = RunningCount(p, d, all: true, t => t.StartSlot, "s");
        ended[p][d] = RunningCount(p, d, all: true, t => t.EndSlot, "e");
        longStarted[p][d] = RunningCount(p, d, all: false, t => t.StartSlot, "ls");
        longEnded[p][d] = RunningCount(p, d, all: false, t => t.EndSlot, "le");
    }

    private IntVar MakePaid(int p, DayGrid day)
    {
        var templates = day.Templates;
        var dayMost = Math.Min(most, Math.Max(1, templates.Count));
        var maxPaid = templates.Select(t => t.PaidMinutes).DefaultIfEmpty(0).Max() * (long)dayMost;
        var paidVar = model.NewIntVar(0, maxPaid, $"paid{p}_{day.Index}");
        model.Add(paidVar == LinearExpr.WeightedSum(shifts[p][day.Index], templates.Select(t => (long)t.PaidMinutes)));
        return paidVar;
    }

    /// <summary>count[j] = number of chosen templates (all, or only the long ones) whose <paramref name="slotOf"/> is at most j, one equality per slot.</summary>
    private Dictionary<int, IntVar> RunningCount(int p, int d, bool all, Func<ShiftTemplate, int> slotOf, string prefix)
    {
        var x = shifts[p][d];
        var templates = all ? grid.Days[d].Templates : [.. grid.Days[d].Templates.Where(t => t.NeedsBreak)];
        var dayMost = Math.Min(most, Math.Max(1, grid.Days[d].Templates.Count));
        var counts = new Dictionary<int, IntVar>();
        if (templates.Count == 0)
        {
            return counts;
        }

        LinearExpr previous = LinearExpr.Constant(0);
        for (var j = templates.Min(slotOf); j <= templates.Max(slotOf); j++)
        {
            var count = counts[j] = model.NewIntVar(0, dayMost, $"{prefix}{p}_{d}_{j}");
            model.Add(count == previous + LinearExpr.Sum(templates.Where(t => slotOf(t) == j).Select(t => x[t.Index])));
            previous = count;
        }

        return counts;
    }
}
