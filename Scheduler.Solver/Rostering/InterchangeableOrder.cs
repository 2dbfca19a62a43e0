using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Symmetry breaking among interchangeable people: same role, contract, skills and qualification, no absences,
/// preferences, pins or published shifts of their own, and the same history. Swapping the weeks of two such people changes
/// no rule and no cost, so any rota can be reordered so that their day patterns (the days worked, read as a binary number)
/// never increase from one to the next: the ordering keeps at least one optimum and spares the search the permutations.
/// One 3133 week, 10 deterministic units, two SAT workers without LP, seeds 1, 4, 5: 2 188, 3 185, 7 692 with it against
/// 4 322, 10 535, 4 663 without; the 3133 over 4 weeks in 30 units: 7 736 against 10 700; 200 people: 511 992 against 825 808.
/// </summary>
internal static class InterchangeableOrder
{
    public static void Add(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var days = model.Grid.Days;
        if (days.Count > 60)
        {
            return;
        }

        LinearExpr Pattern(int p) => LinearExpr.WeightedSum(days.Select(d => model.X.Works(p, d.Index)), days.Select(d => 1L << d.Index));
        foreach (var group in Groups(model.Problem))
        {
            for (var k = 0; k + 1 < group.Count; k++)
            {
                model.Model.Add(Pattern(group[k]) >= Pattern(group[k + 1]));
            }
        }
    }

    /// <summary>Indexes of interchangeable people, in staff order, groups of two or more.</summary>
    public static IEnumerable<List<int>> Groups(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var own = problem.Pinned.Concat(problem.Reference).Select(a => a.StaffId).ToHashSet(StringComparer.Ordinal);
        var history = problem.History.ToLookup(a => a.StaffId, StringComparer.Ordinal);
        string HistoryOf(string id) => string.Join(';', history[id].Select(a => $"{a.Date}|{a.Start}|{a.End}|{a.BreakStart}|{a.BreakEnd}").Order(StringComparer.Ordinal));
        return problem.Staff
            .Select((person, index) => (person, index))
            .Where(x => !own.Contains(x.person.Id) && !TeamSplit.ClassOf(x.person).StartsWith("own:", StringComparison.Ordinal))
            .GroupBy(x => $"{TeamSplit.ClassOf(x.person)}#{HistoryOf(x.person.Id)}", StringComparer.Ordinal)
            .Select(g => g.Select(x => x.index).ToList())
            .Where(g => g.Count > 1);
    }
}
