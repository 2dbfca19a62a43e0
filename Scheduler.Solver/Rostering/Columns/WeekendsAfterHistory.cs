using Google.OrTools.LinearSolver;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Rules;
using LpSolver = Google.OrTools.LinearSolver.Solver;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// What a week planned alone pays for its weekend after the weekends before it, per class: members who rested the last
/// weekend work it for nothing, those who worked it pay <see cref="SoftWeights.BackToBackWeekends"/>, and those who worked
/// the last two pay a run of three on top (<see cref="SoftWeights.ConsecutiveWeekends"/>). The cheapest members are laid
/// first, so k weekend workers cost B × (k − free)⁺ + R × (k − free − once)⁺: convex, so two rows price it exactly in the
/// integer master and validly in the LP (the bound holds); the rounding reads the same cost per count (<see cref="Costs"/>).
/// Without it the master chose weekends by coverage and fairness alone, and rotas planned week after week put 9–12 people
/// a week on their third weekend in a row. (A one-hot choice of the count in the integer master, as over alike weeks, left
/// SCIP some weeks with 2–5 half-hours short in the same time.)
/// </summary>
internal sealed class WeekendsAfterHistory
{
    private readonly IReadOnlyList<StaffClass> classes;
    private readonly (int Free, int Once)[] members;
    private readonly SoftWeights weights;

    private WeekendsAfterHistory(IReadOnlyList<StaffClass> classes, (int Free, int Once)[] members, SoftWeights weights)
    {
        this.classes = classes;
        this.members = members;
        this.weights = weights;
    }

    /// <summary>The prices of a one-week horizon whose history holds a weekend someone worked; null otherwise.</summary>
    public static WeekendsAfterHistory? Of(RotaProblem problem, IReadOnlyList<StaffClass> classes)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(classes);
        if (problem.Weeks != 1 || (problem.Weights.BackToBackWeekends <= 0 && problem.Weights.ConsecutiveWeekends <= 0))
        {
            return null;
        }

        var history = new HistoryView(problem);
        bool Worked(int person, int weeksBefore) => Weekends.WorkedBefore(problem, history, problem.Staff[person].Id, weeksBefore);
        var members = classes.Select(c =>
        {
            var last = c.Members.Count(m => Worked(m, 1));
            var both = c.Members.Count(m => Worked(m, 1) && Worked(m, 2));
            return (Free: c.Size - last, Once: last - both);
        }).ToArray();
        return Enumerable.Range(0, classes.Count).Any(i => members[i].Free < classes[i].Size) ? new WeekendsAfterHistory(classes, members, problem.Weights) : null;
    }

    /// <summary>Per class, what each number of its members working the weekend costs.</summary>
    public double?[]?[] Costs() =>
        [.. classes.Select((c, i) => (double?[]?)[.. Enumerable.Range(0, c.Size + 1).Select(k => (double?)Cost(i, k))])];

    /// <summary>Per class, the two rows: weekend workers beyond the free members, and beyond those who did not work the last two.</summary>
    public IReadOnlyList<WeekendRunRows.Priced>[] AddRows(LpSolver lp, IReadOnlyList<WeekPattern> columns, Variable[] lambda, IReadOnlyList<DayGrid> week)
    {
        var rows = new IReadOnlyList<WeekendRunRows.Priced>[classes.Count];
        for (var c = 0; c < classes.Count; c++)
        {
            var (free, once) = members[c];
            rows[c] = [.. new[] { (Beyond: free, Price: weights.BackToBackWeekends), (Beyond: free + once, Price: weights.ConsecutiveWeekends) }
                .Where(r => r.Price > 0 && r.Beyond < classes[c].Size)
                .Select(r =>
                {
                    var excess = lp.MakeNumVar(0, double.PositiveInfinity, string.Empty);
                    lp.Objective().SetCoefficient(excess, r.Price);
                    var row = lp.MakeConstraint(double.NegativeInfinity, r.Beyond);
                    row.SetCoefficient(excess, -1);
                    for (var j = 0; j < columns.Count; j++)
                    {
                        if (columns[j].ClassIndex == c && columns[j].WorksWeekend(week))
                        {
                            row.SetCoefficient(lambda[j], 1);
                        }
                    }

                    return new WeekendRunRows.Priced(row, excess, 1);
                })];
        }

        return rows;
    }

    private double Cost(int c, int workers)
    {
        var (free, once) = members[c];
        return (weights.BackToBackWeekends * (double)Math.Max(0, workers - free)) + (weights.ConsecutiveWeekends * (double)Math.Max(0, workers - free - once));
    }
}
