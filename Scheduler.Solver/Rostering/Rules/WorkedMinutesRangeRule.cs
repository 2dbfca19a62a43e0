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
            // A maximum above what the horizon's longest shifts add up to cannot bind: no row for it.
            var most = model.Grid.Days.Sum(d => (long)d.Templates.Select(t => t.PaidMinutes).DefaultIfEmpty(0).Max());
            var (min, max) = (person.Limits.MinWorkedMinutes ?? 0, Math.Min(person.Limits.MaxWorkedMinutes ?? most, most));
            if (min <= 0 && max >= most)
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
            model.Require(model.Model.AddLinearConstraint(paid, Math.Max(0, min), max), gate);
        }

        return [];
    }
}
