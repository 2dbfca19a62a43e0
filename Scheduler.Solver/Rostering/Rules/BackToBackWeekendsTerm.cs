using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft, for a week planned alone: working its weekend right after a weekend worked (from the history) costs
/// <see cref="SoftWeights.BackToBackWeekends"/>, since that person cannot work the next weekend without a run of three
/// (<see cref="ConsecutiveWeekendsTerm"/>). A week alone cannot see the weeks after it: without this (and without the
/// columns pricing the weekends after the history, <see cref="Columns.WeekendsAfterHistory"/>), six weeks of the 3133 planned
/// one at a time put 18–22 of its 24 people on every weekend, and from the third week 9–12 of them a week on their third
/// weekend in a row: 40 runs; with both, 13–17 people a weekend and 5–6 runs (`bench weekly`). Only in a one-week horizon: a longer one's
/// model sees its own weeks.
/// </summary>
public sealed class BackToBackWeekendsTerm : IRotaRule
{
    public string Name => SoftTermNames.BackToBackWeekends;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.BackToBackWeekends;
        if (weight <= 0 || model.Problem.Weeks != 1)
        {
            return [];
        }

        var cost = LinearExpr.NewBuilder();
        for (var p = 0; p < model.Staff.Count; p++)
        {
            if (Weekends.WorkedBefore(model.Problem, model.History, model.Staff[p].Id, 1))
            {
                cost.AddTerm(Weekends.Worked(model, p, 0), weight);
            }
        }

        return [new Penalty(Name, cost)];
    }
}
