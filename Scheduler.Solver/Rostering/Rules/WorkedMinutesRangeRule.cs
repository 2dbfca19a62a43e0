using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: a person's paid minutes over the whole horizon stay within <see cref="WorkLimits.MinWorkedMinutes"/> and
/// <see cref="WorkLimits.MaxWorkedMinutes"/>. Summed straight from the shift variables, so no per-day paid variable is made.
/// </summary>
public sealed class WorkedMinutesRangeRule : IRotaRule
{
    public string Name => RuleNames.WorkedMinutesRange;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var person = model.Staff[p];
            var (min, max) = (person.Limits.MinWorkedMinutes ?? 0, person.Limits.MaxWorkedMinutes);
            if (min <= 0 && max is null)
            {
                continue;
            }

            var paid = LinearExpr.NewBuilder();
            foreach (var day in model.Grid.Days)
            {
                foreach (var template in day.Templates)
                {
                    paid.AddTerm(model.X.Shift(p, day.Index, template.Index), template.PaidMinutes);
                }
            }

            var gate = model.Gates.For(Name, person.Id, model.Problem.Start, model.Problem.End);
            model.Require(model.Model.AddLinearConstraint(paid, Math.Max(0, min), max ?? long.MaxValue / 4), gate);
        }

        return [];
    }
}
