using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 7): a part-timer works no more than the weekly target plus the extra hours the manager allows
/// ("heures complémentaires"), never above 10 % of the contract (L3123-28) nor up to 35 h (L3123-9).
/// </summary>
public sealed class PartTimeExtraHoursRule : IRotaRule
{
    public string Name => RuleNames.PartTimeExtraHours;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var person = model.Staff[p];
            if (person.Contract.IsFullTime)
            {
                continue;
            }

            var extra = ContractTargets.ExtraAllowed(person, model.Problem.Rules);
            for (var w = 0; w < model.Grid.WeekCount; w++)
            {
                var week = model.Grid.Week(w).ToList();
                var gate = model.Gates.For(Name, person.Id, week[0].Date, week[^1].Date);
                model.Require(model.Model.Add(model.X.PaidMinutes(p, week) <= ContractTargets.WeeklyTarget(person, week) + extra), gate);
            }
        }

        return [];
    }
}
