using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>
/// A relaxation of one week of the rota model over classes of interchangeable people (<see cref="StaffClass"/>): integer
/// counts n[class, date, template] of members working each shift and b[class, date, slot] of breaks starting in each slot.
/// Every constraint here is implied by the hard rules of the full model (summed over a class's members), and every
/// soft term is priced no higher than the full model prices any rota with the same counts, so its optimum, or CP-SAT's
/// proven bound on it, is a valid lower bound on the week's cost:
/// one shift a day and availability (n ≤ members available); every long shift holds exactly one break inside its window;
/// paid minutes per class-week within the sum of the members' contract bounds and 48 h; working days ≤ members × (7 − days
/// off) and ≥ members × the days a member's minimum hours need; the manager and listener floors; under- and over-coverage
/// exactly as the full model prices them; start-time stability at least weight × Σ over start times of the most members
/// of the class starting there on one date (each needs a start time of their own), and at least weight × the members who
/// must work; on a one-week horizon, fairness at least one step of spread where a group's total cannot be shared evenly
/// (<see cref="PooledFairness"/>). Weekend runs, preferences and changes are bounded by 0; rules across weeks are dropped.
/// </summary>
internal sealed class PooledWeekModel
{
    private PooledWeekModel(IReadOnlyList<DayGrid> week) => Week = week;

    public CpModel Model { get; } = new();

    public IReadOnlyList<DayGrid> Week { get; }

    /// <summary>The shift counts, for reading a solution: (class, date, template, count).</summary>
    public List<(StaffClass Class, DayGrid Day, ShiftTemplate Template, IntVar Count)> Shifts { get; } = [];

    public static PooledWeekModel Build(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, int week)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(classes);
        var m = new PooledWeekModel([.. grid.Week(week)]);
        var duty = new PooledDuty(m.Model, grid.BreakOffSlots);
        foreach (var c in classes)
        {
            foreach (var day in m.Week)
            {
                m.AddDay(problem.Rules, c, day, duty);
            }

            m.AddWeekLimits(problem.Rules, c);
        }

        var cost = LinearExpr.NewBuilder();
        PooledCoverage.AddFloors(m.Model, problem.Rules, classes, m.Week, duty);
        PooledCoverage.AddDemand(m.Model, problem, grid, classes, m.Week, duty, cost);
        PooledFairness.Add(m.Model, problem, classes, m.Week, m.Shifts, cost);
        if (problem.Weights.StartTimeStability > 0)
        {
            foreach (var c in classes)
            {
                m.AddStartTimes(problem.Rules, problem.Weights.StartTimeStability, c, cost);
            }
        }

        m.Model.Minimize(cost);
        return m;
    }

    /// <summary>The templates the full model allows on the date: inside opening hours, of a legal length and work, with a placeable break.</summary>
    internal static IEnumerable<ShiftTemplate> Allowed(RuleSettings rules, DayGrid day)
    {
        var slot = day.SlotMinutes;
        return day.Templates.Where(t =>
            t.StartSlot >= day.OpenSlot && t.EndSlot <= day.CloseSlot
            && t.LengthSlots * slot >= rules.MinShiftLength.TotalMinutes && t.LengthSlots * slot <= rules.MaxShiftLength.TotalMinutes
            && t.PaidMinutes <= rules.MaxDailyWork.TotalMinutes
            && (!t.NeedsBreak || t.BreakLatest >= t.BreakEarliest));
    }

    private void AddDay(RuleSettings rules, StaffClass c, DayGrid day, PooledDuty duty)
    {
        var available = day.IsOpen && c.IsAvailable(day) ? c.Size : 0;
        var templates = Allowed(rules, day).ToList();
        var shifts = templates.Select(t => Model.NewIntVar(0, available, $"n_{c.Members[0]}_{day.Index}_{t.Index}")).ToList();
        Model.Add(LinearExpr.Sum(shifts) <= available);
        var breaks = new Dictionary<int, IntVar>();
        var longOnes = templates.Select((t, i) => (t, n: shifts[i])).Where(x => x.t.NeedsBreak).ToList();
        foreach (var k in day.BreakSlots)
        {
            var holders = longOnes.Where(x => x.t.BreakMayStartAt(k)).Select(x => x.n).ToList();
            if (holders.Count == 0)
            {
                continue;
            }

            var b = breaks[k] = Model.NewIntVar(0, available, $"nb_{c.Members[0]}_{day.Index}_{k}");
            Model.Add(b <= LinearExpr.Sum(holders));
        }

        Model.Add(LinearExpr.Sum(breaks.Values) == LinearExpr.Sum(longOnes.Select(x => x.n)));
        for (var i = 0; i < templates.Count; i++)
        {
            Shifts.Add((c, day, templates[i], shifts[i]));
        }

        duty.Add(c, day, templates, shifts, breaks);
    }

    private void AddWeekLimits(RuleSettings rules, StaffClass c)
    {
        var mine = Shifts.Where(s => s.Class == c).ToList();
        var paid = LinearExpr.WeightedSum(mine.Select(s => s.Count), mine.Select(s => (long)s.Template.PaidMinutes));
        var days = LinearExpr.Sum(mine.Select(s => s.Count));
        var least = c.MinimumPaid(Week, rules);
        Model.AddLinearConstraint(paid, (long)c.Size * least, (long)c.Size * c.MaximumPaid(Week, rules));
        var longestPaid = mine.Select(s => s.Template.PaidMinutes).DefaultIfEmpty(0).Max();
        var fewestDays = least == 0 ? 0 : longestPaid == 0 ? 8 : (least + longestPaid - 1) / longestPaid;
        Model.AddLinearConstraint(days, (long)c.Size * fewestDays, (long)c.Size * (7 - rules.MinDaysOffPerWeek));
    }

    private void AddStartTimes(RuleSettings rules, int weight, StaffClass c, LinearExprBuilder cost)
    {
        var mine = Shifts.Where(s => s.Class == c).ToList();
        var persons = Model.NewIntVar(0, (long)c.Size * 7, $"pst_{c.Members[0]}");
        var perStart = new List<IntVar>();
        foreach (var start in mine.Select(s => s.Template.StartSlot).Distinct().Order())
        {
            var most = Model.NewIntVar(0, c.Size, $"ust_{c.Members[0]}_{start}");
            foreach (var day in Week)
            {
                Model.Add(LinearExpr.Sum(mine.Where(s => s.Day == day && s.Template.StartSlot == start).Select(s => s.Count)) <= most);
            }

            perStart.Add(most);
        }

        Model.Add(persons >= LinearExpr.Sum(perStart));
        if (c.MinimumPaid(Week, rules) > 0)
        {
            Model.Add(persons >= c.Size);
        }

        cost.AddTerm(persons, weight);
    }
}
