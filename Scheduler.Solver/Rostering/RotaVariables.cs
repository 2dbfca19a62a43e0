using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The model's variables, all created here. Decisions: one bool per (person, date, shift template), true when the person
/// works that shift, and one bool per (person, date, break slot), true when the person's break starts there.
/// Derived, each defined by one equality so rules stay small and the LP stays as tight as the plain template sums:
/// works that day, paid minutes that day, and two running counts per slot, "started by slot j" (shifts with start ≤ j)
/// and "ended by slot j" (shifts with end ≤ j). On shift in slot j = started(j) − ended(j): a coverage row then has
/// three or four terms per person instead of one per template covering the slot.
/// </summary>
public sealed class RotaVariables
{
    private readonly BoolVar[][][] shifts;
    private readonly Dictionary<int, BoolVar>[][] breaks;
    private readonly IntVar[][] works;
    private readonly IntVar[][] paid;
    private readonly Dictionary<int, IntVar>[][] started;
    private readonly Dictionary<int, IntVar>[][] ended;
    private readonly RotaGrid grid;

    /// <param name="strict">True to give the derived counts 0–1 domains; false when one-shift-per-day may be switched off (explaining).</param>
    public RotaVariables(CpModel model, RotaGrid grid, bool strict)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grid);
        this.grid = grid;
        var count = grid.Problem.Staff.Count;
        shifts = new BoolVar[count][][];
        breaks = new Dictionary<int, BoolVar>[count][];
        works = new IntVar[count][];
        paid = new IntVar[count][];
        started = new Dictionary<int, IntVar>[count][];
        ended = new Dictionary<int, IntVar>[count][];
        for (var p = 0; p < count; p++)
        {
            shifts[p] = new BoolVar[grid.Days.Count][];
            breaks[p] = new Dictionary<int, BoolVar>[grid.Days.Count];
            works[p] = new IntVar[grid.Days.Count];
            paid[p] = new IntVar[grid.Days.Count];
            started[p] = new Dictionary<int, IntVar>[grid.Days.Count];
            ended[p] = new Dictionary<int, IntVar>[grid.Days.Count];
            foreach (var day in grid.Days)
            {
                Create(model, p, day, strict);
            }
        }
    }

    public RotaGrid Grid => grid;

    public BoolVar Shift(int person, int day, int template) => shifts[person][day][template];

    public IReadOnlyList<BoolVar> Shifts(int person, int day) => shifts[person][day];

    public IReadOnlyDictionary<int, BoolVar> Breaks(int person, int day) => breaks[person][day];

    /// <summary>Number of shifts the person works on the day (one-shift-per-day keeps it at most 1).</summary>
    public IntVar Works(int person, int day) => works[person][day];

    /// <summary>Paid minutes of the person on the day: shift length minus its unpaid break.</summary>
    public IntVar PaidMinutesOn(int person, int day) => paid[person][day];

    /// <summary>Sum of the person's shifts on the day that satisfy <paramref name="which"/>.</summary>
    public LinearExpr ShiftsWhere(int person, int day, Func<ShiftTemplate, bool> which) =>
        LinearExpr.Sum(grid.Days[day].Templates.Where(which).Select(t => shifts[person][day][t.Index]));

    /// <summary>Shifts of the day starting at or before <paramref name="slot"/>.</summary>
    public LinearExpr StartedBy(int person, int day, int slot)
    {
        var counts = started[person][day];
        if (counts.Count == 0 || slot < counts.Keys.Min())
        {
            return LinearExpr.Constant(0);
        }

        return slot > counts.Keys.Max() ? works[person][day] : counts[slot];
    }

    /// <summary>Shifts of the day ending at or before <paramref name="slot"/> (end slot exclusive).</summary>
    public LinearExpr EndedBy(int person, int day, int slot)
    {
        var counts = ended[person][day];
        if (counts.Count == 0 || slot < counts.Keys.Min())
        {
            return LinearExpr.Constant(0);
        }

        return slot > counts.Keys.Max() ? works[person][day] : counts[slot];
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
    public LinearExpr PaidMinutes(int person, IEnumerable<DayGrid> days) => LinearExpr.Sum(days.Select(d => paid[person][d.Index]));

    /// <summary>Every decision variable, in a fixed order (for fixing a rota).</summary>
    public IEnumerable<BoolVar> Decisions =>
        shifts.SelectMany(p => p.SelectMany(d => d)).Concat(breaks.SelectMany(p => p.SelectMany(d => d.Values)));

    private void Create(CpModel model, int p, DayGrid day, bool strict)
    {
        var d = day.Index;
        var templates = day.Templates;
        var x = shifts[p][d] = [.. templates.Select(t => model.NewBoolVar($"x{p}_{d}_{t.Index}"))];
        breaks[p][d] = day.BreakSlots.ToDictionary(k => k, k => model.NewBoolVar($"b{p}_{d}_{k}"));
        var most = strict ? 1 : Math.Max(1, templates.Count);
        works[p][d] = model.NewIntVar(0, most, $"w{p}_{d}");
        model.Add(works[p][d] == LinearExpr.Sum(x));
        var maxPaid = templates.Select(t => t.PaidMinutes).DefaultIfEmpty(0).Max() * (long)most;
        paid[p][d] = model.NewIntVar(0, maxPaid, $"paid{p}_{d}");
        model.Add(paid[p][d] == LinearExpr.WeightedSum(x, templates.Select(t => (long)t.PaidMinutes)));
        started[p][d] = [];
        ended[p][d] = [];
        if (templates.Count == 0)
        {
            return;
        }

        var (first, last) = (templates.Min(t => t.StartSlot), templates.Max(t => t.EndSlot));
        LinearExpr previousStarted = LinearExpr.Constant(0);
        LinearExpr previousEnded = LinearExpr.Constant(0);
        for (var j = first; j <= last; j++)
        {
            var s = started[p][d][j] = model.NewIntVar(0, most, $"s{p}_{d}_{j}");
            model.Add(s == previousStarted + LinearExpr.Sum(templates.Where(t => t.StartSlot == j).Select(t => x[t.Index])));
            var e = ended[p][d][j] = model.NewIntVar(0, most, $"e{p}_{d}_{j}");
            model.Add(e == previousEnded + LinearExpr.Sum(templates.Where(t => t.EndSlot == j).Select(t => x[t.Index])));
            previousStarted = s;
            previousEnded = e;
        }
    }
}
