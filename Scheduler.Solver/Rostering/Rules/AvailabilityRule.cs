using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 2): nobody works on a date they are absent (leave, sickness, training, unavailable).</summary>
public sealed class AvailabilityRule : IRotaRule
{
    public string Name => RuleNames.Availability;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            foreach (var day in model.Grid.Days.Where(d => !model.Staff[p].IsAvailableOn(d.Date)))
            {
                model.Require(model.Model.Add(LinearExpr.Sum(model.X.Shifts(p, day.Index)) == 0), model.Gates.For(Name, model.Staff[p].Id, day.Date));
            }
        }

        return [];
    }
}
