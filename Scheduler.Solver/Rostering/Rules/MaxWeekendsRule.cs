using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: at most <see cref="WorkLimits.MaxWeekends"/> weekends worked over the horizon; a weekend is worked when its Saturday
/// or its Sunday is. Each weekend's bool is at least each of its two days, which is all an upper limit needs.
/// </summary>
public sealed class MaxWeekendsRule : IRotaRule
{
    public string Name => RuleNames.MaxWeekends;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var person = model.Staff[p];
            if (person.Limits.MaxWeekends is not { } max || max >= model.Grid.WeekCount)
            {
                continue;
            }

            var worked = LinearExpr.Sum(Enumerable.Range(0, model.Grid.WeekCount).Select(w => Weekends.Worked(model, p, w)));
            var gate = model.Gates.For(Name, person.Id, model.Problem.Start, model.Problem.End);
            model.Require(model.Model.Add(worked <= max), gate);
        }

        return [];
    }
}
