using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: nobody works more than 2 weekends in a row. Each run of 3 consecutive worked weekends (the two weekends before
/// the horizon taken from the history) costs <see cref="SoftWeights.ConsecutiveWeekends"/>.
/// </summary>
public sealed class ConsecutiveWeekendsTerm : IRotaRule
{
    public string Name => SoftTermNames.ConsecutiveWeekends;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.ConsecutiveWeekends;
        if (weight <= 0)
        {
            return [];
        }

        var cost = LinearExpr.NewBuilder();
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var id = model.Staff[p].Id;
            for (var w = 0; w < model.Grid.WeekCount; w++)
            {
                var run = LinearExpr.NewBuilder().Add(Weekends.Worked(model, p, w));
                var constant = 0;
                for (var back = 1; back <= 2; back++)
                {
                    if (w - back >= 0)
                    {
                        run.Add(Weekends.Worked(model, p, w - back));
                    }
                    else
                    {
                        constant += Weekends.WorkedBefore(model.Problem, model.History, id, back - w) ? 1 : 0;
                    }
                }

                var excess = model.Model.NewBoolVar($"wk3_{p}_{w}");
                model.Model.Add(run - excess <= 2 - constant);
                cost.AddTerm(excess, weight);
            }
        }

        return [new Penalty(Name, cost)];
    }
}
