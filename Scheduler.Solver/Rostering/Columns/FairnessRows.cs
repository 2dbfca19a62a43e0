using Google.OrTools.LinearSolver;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Rules;
using LpSolver = Google.OrTools.LinearSolver.Solver;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// The fairness term (<see cref="FairnessTerm"/>) in the master of a one-week horizon: per group of comparable contracts and
/// per count (weekend days, late shifts, and holidays where the term counts them) a highest and a lowest count, at the
/// fairness weight per unit between them, with each class's members' average count (carried from the weeks before plus
/// the week's patterns) between the two. Exact for a class of one member (<see cref="Classes"/> splits classes by what
/// they carry), a relaxation otherwise (an average lies between its members' counts), so the bound holds. Without these
/// rows the master chose its patterns blind to fairness: on the service's week of 7 December the laid rota cost 1 618, of
/// which trades then took 390 of spreads. Over several weeks the horizon's spread is not the sum of its weeks', so only a
/// one-week horizon has them.
/// </summary>
internal sealed class FairnessRows
{
    internal enum Counted
    {
        WeekendDays,
        LateShifts,
        Holidays,
    }

    /// <summary>One group's count: its classes with what their members carried in all.</summary>
    internal sealed record Spread(bool Managers, Counted Count, IReadOnlyList<(int Class, int Carried)> Classes);

    /// <summary>The rows of a spread in one LP, with its highest and lowest count.</summary>
    internal sealed record Added(Spread Spread, Variable High, Variable Low, Constraint[] HighRows, Constraint[] LowRows);

    /// <summary>The rows added to one LP, read after it is solved (<see cref="Values"/>, <see cref="ManagerValue"/>).</summary>
    internal sealed class Rows
    {
        internal List<Added> Spreads { get; } = [];
    }

    private readonly int weight;
    private readonly IReadOnlyList<StaffClass> classes;
    private readonly IReadOnlyList<DayGrid> week;
    private readonly IReadOnlySet<NodaTime.LocalDate> holidays;
    private readonly List<Spread> spreads = [];

    public FairnessRows(RotaProblem problem, IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(week);
        weight = problem.Weights.Fairness;
        this.classes = classes;
        this.week = week;
        holidays = problem.Holidays;
        var carried = new CarriedCounts(problem, problem.Staff, problem.FairnessFrom);
        var open = week.Where(d => d.IsOpen).ToList();
        foreach (var group in FairnessTerm.Groups(problem.Staff))
        {
            var members = group.ToHashSet();
            var inGroup = Enumerable.Range(0, classes.Count).Where(c => members.Contains(classes[c].Members[0])).ToList();
            var managers = group.Key.Role == StaffRole.Manager;
            Add(managers, Counted.WeekendDays, inGroup, open.Where(WeekPattern.IsWeekend), carried.Weekends);
            Add(managers, Counted.LateShifts, inGroup, open, carried.LateShifts);
            // As the term: holidays count only when the week has one or some member carries one.
            var weekHolidays = open.Where(d => holidays.Contains(d.Date)).ToList();
            if (weekHolidays.Count > 0 || group.Any(p => carried.Holidays(p) > 0))
            {
                Add(managers, Counted.Holidays, inGroup, weekHolidays, carried.Holidays);
            }
        }
    }

    /// <summary>Whether the problem's master prices fairness: a one-week horizon with a fairness weight.</summary>
    public static bool Applies(RotaProblem problem, RotaGrid grid) =>
        problem?.Weights.Fairness > 0 && grid?.WeekCount == 1;

    /// <summary>
    /// The problem's classes (<see cref="StaffClass.Of"/>), split by what their members carry when the master prices
    /// fairness after weeks before: the rows are then exact, and the layout need not know who carries what.
    /// </summary>
    public static IReadOnlyList<StaffClass> Classes(RotaProblem problem, RotaGrid grid)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var classes = StaffClass.Of(problem);
        if (!Applies(problem, grid) || !problem.CarriesFairness)
        {
            return classes;
        }

        var carried = new CarriedCounts(problem, problem.Staff, problem.FairnessFrom);
        return [.. classes.SelectMany(c => c.Members
            .GroupBy(p => (carried.Weekends(p), carried.LateShifts(p), carried.Holidays(p)))
            .Select(g => c with { Members = [.. g] }))];
    }

    /// <summary>Adds the rows to <paramref name="lp"/> over <paramref name="columns"/>.</summary>
    public Rows AddRows(LpSolver lp, IReadOnlyList<WeekPattern> columns, Variable[] lambda)
    {
        ArgumentNullException.ThrowIfNull(lp);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(lambda);
        var loads = Loads(columns);
        var rows = new Rows();
        foreach (var spread in spreads)
        {
            var high = lp.MakeNumVar(0, double.PositiveInfinity, string.Empty);
            var low = lp.MakeNumVar(0, double.PositiveInfinity, string.Empty);
            lp.Objective().SetCoefficient(high, weight);
            lp.Objective().SetCoefficient(low, -weight);
            var highRows = new Constraint[spread.Classes.Count];
            var lowRows = new Constraint[spread.Classes.Count];
            for (var k = 0; k < spread.Classes.Count; k++)
            {
                var (c, carried) = spread.Classes[k];
                // Σ load × members − size × high ≤ −carried, and the same ≥ with low.
                highRows[k] = lp.MakeConstraint(double.NegativeInfinity, -carried);
                lowRows[k] = lp.MakeConstraint(-carried, double.PositiveInfinity);
                highRows[k].SetCoefficient(high, -classes[c].Size);
                lowRows[k].SetCoefficient(low, -classes[c].Size);
                for (var j = 0; j < columns.Count; j++)
                {
                    if (columns[j].ClassIndex == c && Count(loads[j], spread.Count) is > 0 and var load)
                    {
                        highRows[k].SetCoefficient(lambda[j], load);
                        lowRows[k].SetCoefficient(lambda[j], load);
                    }
                }
            }

            rows.Spreads.Add(new Added(spread, high, low, highRows, lowRows));
        }

        return rows;
    }

    /// <summary>Per class, what a count is worth by the duals of <paramref name="rows"/>, once their LP is solved.</summary>
    public LoadValue[] Values(Rows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = Enumerable.Repeat(LoadValue.None, classes.Count).ToArray();
        foreach (var added in rows.Spreads)
        {
            for (var k = 0; k < added.Spread.Classes.Count; k++)
            {
                var c = added.Spread.Classes[k].Class;
                var dual = added.HighRows[k].DualValue() + added.LowRows[k].DualValue();
                values[c] = added.Spread.Count switch
                {
                    Counted.WeekendDays => values[c] with { WeekendDay = values[c].WeekendDay + dual },
                    Counted.LateShifts => values[c] with { LateShift = values[c].LateShift + dual },
                    _ => values[c] with { Holiday = values[c].Holiday + dual },
                };
            }
        }

        return values;
    }

    /// <summary>What the managers' spreads cost in the solved LP of <paramref name="rows"/> (their block's share, see <see cref="MasterSolution.ManagerValue"/>).</summary>
    public double ManagerValue(Rows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Spreads.Where(a => a.Spread.Managers).Sum(a => weight * (a.High.SolutionValue() - a.Low.SolutionValue()));
    }

    /// <summary>The fairness weight, per unit of spread.</summary>
    public int Weight => weight;

    /// <summary>
    /// Per spread, each column's count for a member who takes it (what a member of its class carried plus the pattern's),
    /// or null where the column's class is not in the spread: whole members' spreads, exactly (<see cref="MemberSpreads"/>).
    /// </summary>
    public IReadOnlyList<double?[]> MemberCounts(IReadOnlyList<WeekPattern> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var loads = Loads(columns);
        return [.. spreads.Select(spread =>
        {
            var carried = spread.Classes.ToDictionary(x => x.Class, x => (double)x.Carried / classes[x.Class].Size);
            return columns.Select((p, j) => carried.TryGetValue(p.ClassIndex, out var before) ? before + Count(loads[j], spread.Count) : (double?)null).ToArray();
        })];
    }

    /// <summary>
    /// A class away on a counted day is left out of that count: the term credits it with what the others work
    /// (<see cref="AwayCredit"/>), which the master does not know, and leaving someone out only narrows the spread.
    /// </summary>
    private void Add(bool managers, Counted count, IReadOnlyList<int> inGroup, IEnumerable<DayGrid> counted, Func<int, int> carried)
    {
        var days = counted.ToList();
        var kept = inGroup.Where(c => days.All(classes[c].IsAvailable)).Select(c => (c, classes[c].Members.Sum(carried))).ToList();
        if (kept.Count > 0)
        {
            spreads.Add(new Spread(managers, count, kept));
        }
    }

    private FairnessLoad[] Loads(IReadOnlyList<WeekPattern> columns) => [.. columns.Select(p => PatternLoad.Of(holidays, week, p))];

    private static int Count(FairnessLoad load, Counted count) => count switch
    {
        Counted.WeekendDays => load.WeekendDays,
        Counted.LateShifts => load.LateShifts,
        _ => load.Holidays,
    };
}
