using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 6): at most <see cref="RuleSettings.MaxWeeklyWork"/> of work in any Monday–Sunday week (Code du travail L3121-20).</summary>
public sealed class MaxWeeklyHoursRule : IRotaRule
{
    public string Name => RuleNames.MaxWeeklyHours;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var max = (long)model.Problem.Rules.MaxWeeklyWork.TotalMinutes;
        if (max >= 7 * 24 * 60)
        {
            // A week has no more minutes than this: the limit cannot bind.
            return [];
        }

        for (var p = 0; p < model.Staff.Count; p++)
        {
            for (var w = 0; w < model.Grid.WeekCount; w++)
            {
                var week = model.Grid.Week(w).ToList();
                var gate = model.Gates.For(Name, model.Staff[p].Id, week[0].Date, week[^1].Date);
                model.Require(model.Model.Add(model.X.PaidMinutes(p, week) <= max), gate);
            }
        }

        return [];
    }
}
