using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: when re-planning against a previously published rota (<see cref="RotaProblem.Reference"/>), each person-date
/// whose shift differs from the reference (another start or end, a shift added or removed) costs <see cref="SoftWeights.Change"/>.
/// Break moves are not counted: the published rota promised hours, not the minute of the meal break.
/// </summary>
public sealed class ChangesTerm : IRotaRule
{
    public string Name => SoftTermNames.Changes;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.Change;
        if (weight <= 0 || model.Problem.Reference.Count == 0)
        {
            return [];
        }

        var reference = model.Problem.Reference.ToLookup(a => (a.StaffId, a.Date));
        var cost = LinearExpr.NewBuilder();
        for (var p = 0; p < model.Staff.Count; p++)
        {
            foreach (var day in model.Grid.Days)
            {
                var published = reference[(model.Staff[p].Id, day.Date)].FirstOrDefault();
                if (published is null)
                {
                    cost.AddTerm(model.X.Works(p, day.Index), weight);
                }
                else if (model.Grid.Find(day.Index, published.Start, published.End) is { } template)
                {
                    cost.Add(weight).AddTerm(model.X.Shift(p, day.Index, template.Index), -weight);
                }
                else
                {
                    cost.Add(weight);
                }
            }
        }

        return [new Penalty(Name, cost)];
    }

    /// <summary>
    /// The least the term can cost: every published shift its person can no longer work as published (absent that day, the
    /// day closed or its hours changed) is a change in any rota of <paramref name="problem"/>.
    /// </summary>
    public static long Least(RotaProblem problem, RotaGrid grid)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(grid);
        var staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var days = grid.Days.ToDictionary(d => d.Date);
        var lost = problem.Reference.DistinctBy(a => (a.StaffId, a.Date)).Count(a => staff.TryGetValue(a.StaffId, out var person) && days.TryGetValue(a.Date, out var day)
            && (!person.IsAvailableOn(a.Date) || grid.Find(day.Index, a.Start, a.End) is null));
        return (long)lost * Math.Max(0, problem.Weights.Change);
    }
}
