using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 2): at most one shift per person per date.</summary>
public sealed class OneShiftPerDayRule : IRotaRule
{
    public string Name => RuleNames.OneShiftPerDay;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            foreach (var day in model.Grid.Days)
            {
                var gate = model.Gates.For(Name, model.Staff[p].Id, day.Date);
                if (gate is null)
                {
                    model.Model.AddAtMostOne(model.X.Shifts(p, day.Index));
                }
                else
                {
                    model.Require(model.Model.Add(LinearExpr.Sum(model.X.Shifts(p, day.Index)) <= 1), gate);
                }
            }
        }

        return [];
    }
}
