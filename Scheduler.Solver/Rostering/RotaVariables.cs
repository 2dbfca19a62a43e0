using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The decision variables of the rota, all created here: one bool per (person, date, shift template), true when the
/// person works that shift, and one bool per (person, date, break slot), true when the person's break starts there.
/// Everything else (on duty, paid minutes, works that day) is a linear expression over these, which keeps the LP tight:
/// coverage is a plain sum of template bools.
/// </summary>
public sealed class RotaVariables
{
    private readonly BoolVar[][][] shifts;
    private readonly Dictionary<int, BoolVar>[][] breaks;
    private readonly RotaGrid grid;

    public RotaVariables(CpModel model, RotaGrid grid)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grid);
        this.grid = grid;
        var staff = grid.Problem.Staff;
        shifts = new BoolVar[staff.Count][][];
        breaks = new Dictionary<int, BoolVar>[staff.Count][];
        for (var p = 0; p < staff.Count; p++)
        {
            shifts[p] = new BoolVar[grid.Days.Count][];
            breaks[p] = new Dictionary<int, BoolVar>[grid.Days.Count];
            foreach (var day in grid.Days)
            {
                shifts[p][day.Index] = [.. day.Templates.Select(t => model.NewBoolVar($"x{p}_{day.Index}_{t.Index}"))];
                breaks[p][day.Index] = day.BreakSlots.ToDictionary(k => k, k => model.NewBoolVar($"b{p}_{day.Index}_{k}"));
            }
        }
    }

    public RotaGrid Grid => grid;

    public int StaffCount => shifts.Length;

    public BoolVar Shift(int person, int day, int template) => shifts[person][day][template];

    public IReadOnlyList<BoolVar> Shifts(int person, int day) => shifts[person][day];

    public IReadOnlyDictionary<int, BoolVar> Breaks(int person, int day) => breaks[person][day];

    /// <summary>1 when the person works on the day (at most one shift a day is a rule, not a given).</summary>
    public LinearExpr Works(int person, int day) => LinearExpr.Sum(shifts[person][day]);

    /// <summary>Sum of the person's shifts on the day that satisfy <paramref name="which"/>.</summary>
    public LinearExpr ShiftsWhere(int person, int day, Func<ShiftTemplate, bool> which) =>
        LinearExpr.Sum(grid.Days[day].Templates.Where(which).Select(t => shifts[person][day][t.Index]));

    /// <summary>Adds to <paramref name="sum"/> the person's presence on the floor in the slot: shifts covering it minus breaks covering it.</summary>
    public void AddOnDuty(LinearExprBuilder sum, int person, int day, int slot)
    {
        ArgumentNullException.ThrowIfNull(sum);
        foreach (var t in grid.Days[day].Templates)
        {
            if (t.Covers(slot))
            {
                sum.Add(shifts[person][day][t.Index]);
            }
        }

        for (var k = slot - grid.BreakOffSlots + 1; k <= slot; k++)
        {
            if (breaks[person][day].TryGetValue(k, out var b))
            {
                sum.AddTerm(b, -1);
            }
        }
    }

    /// <summary>Paid minutes of the person over the given days (shift length minus the unpaid break).</summary>
    public LinearExpr PaidMinutes(int person, IEnumerable<DayGrid> days)
    {
        var sum = LinearExpr.NewBuilder();
        foreach (var day in days)
        {
            foreach (var t in day.Templates)
            {
                sum.AddTerm(shifts[person][day.Index][t.Index], t.PaidMinutes);
            }
        }

        return sum;
    }

    /// <summary>Every decision variable, in a fixed order (for hints and for fixing a seed).</summary>
    public IEnumerable<BoolVar> Decisions =>
        shifts.SelectMany(p => p.SelectMany(d => d)).Concat(breaks.SelectMany(p => p.SelectMany(d => d.Values)));
}
