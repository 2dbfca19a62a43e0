using Google.OrTools.LinearSolver;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;
using LpSolver = Google.OrTools.LinearSolver.Solver;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// The rows of <see cref="PatternMaster"/> that price weekends worked in a row, from how many members of each class work a
/// weekend in a week: runs of three over a horizon of alike weeks, where the master's week is every week; and in a week
/// planned alone, what its weekend costs after the weekends its members worked before it (<see cref="WeekendsAfterHistory"/>).
/// </summary>
internal sealed class WeekendRunRows(RotaProblem problem, IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week, bool alike)
{
    /// <summary>One priced row of a class: its weekend workers beyond a number cost the variable's price each.</summary>
    /// <param name="Scale">What the row's dual is worth to one pattern working a weekend (the alike weeks price it once per week).</param>
    public sealed record Priced(Constraint Row, Variable Excess, double Scale);

    private readonly WeekendsAfterHistory? afterHistory = WeekendsAfterHistory.Of(problem, classes);

    /// <summary>Per class, its rows (none when weekends are not priced for it), for the LP.</summary>
    public IReadOnlyList<Priced>[] AddBound(LpSolver lp, IReadOnlyList<WeekPattern> columns, Variable[] lambda) =>
        afterHistory is { } history ? history.AddRows(lp, columns, lambda, week) : AddRunBound(lp, columns, lambda);

    /// <summary>
    /// Over W alike weeks a member can work at most W − ⌊W/3⌋ weekends without three in a row, and each weekend worked beyond
    /// that costs at least one run (checked for every week string up to 8 weeks; the history's weekends only add runs), so a
    /// class's runs are at least W × its weekend workers per week − members × (W − ⌊W/3⌋). Priced once per week: the W weeks
    /// of this master add up to it. Valid in the LP (it holds for every rota), so it raises the bound too.
    /// </summary>
    private IReadOnlyList<Priced>[] AddRunBound(LpSolver lp, IReadOnlyList<WeekPattern> columns, Variable[] lambda)
    {
        var weeks = problem.Weeks;
        var rows = Enumerable.Range(0, classes.Count).Select(_ => (IReadOnlyList<Priced>)[]).ToArray();
        if (!alike || weeks < 3 || weeks > 8 || problem.Weights.ConsecutiveWeekends <= 0)
        {
            return rows;
        }

        var cap = weeks - (weeks / 3);
        for (var c = 0; c < classes.Count; c++)
        {
            var runs = lp.MakeNumVar(0, double.PositiveInfinity, string.Empty);
            lp.Objective().SetCoefficient(runs, (double)problem.Weights.ConsecutiveWeekends / weeks);
            var row = lp.MakeConstraint(double.NegativeInfinity, (double)classes[c].Size * cap);
            rows[c] = [new Priced(row, runs, weeks)];
            row.SetCoefficient(runs, -1);
            for (var j = 0; j < columns.Count; j++)
            {
                if (columns[j].ClassIndex == c && columns[j].WorksWeekend(week))
                {
                    row.SetCoefficient(lambda[j], weeks);
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// In the integer master, after a history the rows of <see cref="WeekendsAfterHistory"/>; over alike weeks, the fewest
    /// weekend runs each class's weekend workers per week can be laid with over the alike
    /// weeks (<see cref="WeekendStrings"/>), as a one-hot choice of that number; priced once per week like the LP's row.
    /// </summary>
    public void AddExact(LpSolver lp, IReadOnlyList<WeekPattern> columns, Variable[] lambda)
    {
        if (afterHistory is { } history)
        {
            // Convex in the number of weekend workers: the LP's two rows are exact for whole members too, and lighter for
            // SCIP than a one-hot choice of that number.
            history.AddRows(lp, columns, lambda, week);
            return;
        }

        var costs = ExactCosts();
        for (var c = 0; c < classes.Count; c++)
        {
            if (costs[c] is not { } perCount)
            {
                continue;
            }

            var choice = lp.MakeConstraint(1, 1);
            var count = lp.MakeConstraint(0, 0);
            for (var k = 0; k < perCount.Length; k++)
            {
                if (perCount[k] is not { } cost)
                {
                    continue;
                }

                var z = lp.MakeBoolVar(string.Empty);
                choice.SetCoefficient(z, 1);
                count.SetCoefficient(z, k);
                lp.Objective().SetCoefficient(z, cost);
            }

            for (var j = 0; j < columns.Count; j++)
            {
                if (columns[j].ClassIndex == c && columns[j].WorksWeekend(week))
                {
                    count.SetCoefficient(lambda[j], -1);
                }
            }
        }
    }

    /// <summary>
    /// Per class, what each count of its members working a weekend in the week costs in the integer master (null where no
    /// laying of that count exists); null for a class, or for every class, when the runs are not priced.
    /// </summary>
    public double?[]?[] ExactCosts()
    {
        if (afterHistory is { } history)
        {
            return history.Costs();
        }

        var weeks = problem.Weeks;
        if (!alike || weeks < 3 || weeks > WeekendStrings.MostWeeks || problem.Weights.ConsecutiveWeekends <= 0)
        {
            return new double?[]?[classes.Count];
        }

        return [.. classes.Select(c => Enumerable.Range(0, c.Size + 1)
            .Select(k => WeekendStrings.Choose(c.Size, [.. Enumerable.Repeat(k, weeks)]) is { } laid ? (double)problem.Weights.ConsecutiveWeekends * laid.Runs / weeks : (double?)null)
            .ToArray())];
    }
}
