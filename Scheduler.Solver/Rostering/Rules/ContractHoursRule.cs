using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 7): contract hours. A full-timer's paid minutes stay within ± <see cref="RuleSettings.FullTimeWeeklyBand"/>
/// of the weekly target each week (narrower in a one-week horizon that works back a reference period's balance, see
/// <see cref="ContractTargets.FullTimeLeeway"/>) and, over a horizon of several weeks, add up per reference period as
/// <see cref="ContractStretches"/> says; a part-timer works at least the weekly
/// target (the ceiling is <see cref="PartTimeExtraHoursRule"/>). Targets credit leave days, see <see cref="ContractTargets"/>.
/// </summary>
public sealed class ContractHoursRule : IRotaRule
{
    public string Name => RuleNames.ContractHours;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Problem.Rules.ContractHoursApply)
        {
            return [];
        }

        for (var p = 0; p < model.Staff.Count; p++)
        {
            var person = model.Staff[p];
            var (least, most) = ContractTargets.FullTimeLeeway(person, model.Problem);
            for (var w = 0; w < model.Grid.WeekCount; w++)
            {
                var week = model.Grid.Week(w).ToList();
                var target = ContractTargets.WeeklyTarget(person, week);
                var paid = model.X.PaidMinutes(p, week);
                var gate = model.Gates.For(Name, person.Id, week[0].Date, week[^1].Date);
                var constraint = person.Contract.IsFullTime
                    ? model.Model.AddLinearConstraint(paid, Math.Max(0, target + least), target + most)
                    : model.Model.Add(paid >= target);
                model.Require(constraint, gate);
            }

            foreach (var stretch in ContractStretches.Of(person, model.Problem))
            {
                var days = stretch.Weeks.SelectMany(model.Grid.Week).ToList();
                var gate = model.Gates.For(Name, person.Id, days[0].Date, days[^1].Date);
                model.Require(model.Model.AddLinearConstraint(model.X.PaidMinutes(p, days), stretch.Least, stretch.Most), gate);
            }
        }

        return [];
    }
}
