using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 5): at least <see cref="RuleSettings.MinDaysOffPerWeek"/> days off in every Monday–Sunday week.</summary>
public sealed class DaysOffPerWeekRule : IRotaRule
{
    public string Name => RuleNames.DaysOffPerWeek;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Problem.Rules.MinDaysOffPerWeek <= 0)
        {
            return [];
        }

        for (var p = 0; p < model.Staff.Count; p++)
        {
            for (var w = 0; w < model.Grid.WeekCount; w++)
            {
                var week = model.Grid.Week(w).ToList();
                var worked = LinearExpr.Sum(week.Select(d => model.X.Works(p, d.Index)));
                var gate = model.Gates.For(Name, model.Staff[p].Id, week[0].Date, week[^1].Date);
                model.Require(model.Model.Add(worked <= 7 - model.Problem.Rules.MinDaysOffPerWeek), gate);
            }
        }

        return [];
    }
}
