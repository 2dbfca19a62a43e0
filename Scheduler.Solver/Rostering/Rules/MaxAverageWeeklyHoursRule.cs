using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 6): at most <see cref="RuleSettings.MaxAverageWeeklyWork"/> a week on average over any
/// <see cref="RuleSettings.AverageWeeks"/> consecutive weeks (Code du travail L3121-22), history included.
/// Each window ends on a week of the horizon and reaches back at most to the first week with recorded history;
/// the average is taken over the weeks the window actually spans, so a short history never loosens the rule.
/// </summary>
public sealed class MaxAverageWeeklyHoursRule : IRotaRule
{
    public string Name => RuleNames.MaxAverageWeeklyHours;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rules = model.Problem.Rules;
        if (rules.MaxAverageWeeklyWork >= NodaTime.Duration.FromDays(7))
        {
            return [];
        }

        var firstKnown = model.History.FirstKnownMonday;
        var historyWeeks = NodaTime.Period.Between(firstKnown, model.Problem.Start, NodaTime.PeriodUnits.Days).Days / 7;
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var id = model.Staff[p].Id;
            for (var last = 0; last < model.Grid.WeekCount; last++)
            {
                var first = Math.Max(last - rules.AverageWeeks + 1, -historyWeeks);
                var span = last - first + 1;
                if (span < 2)
                {
                    continue;
                }

                var recorded = Enumerable.Range(first, Math.Max(0, -first))
                    .Sum(w => model.History.PaidMinutes(id, model.Problem.Start.PlusDays(7 * w)));
                var days = model.Grid.Days.Where(d => d.Index / 7 >= Math.Max(0, first) && d.Index / 7 <= last);
                var limit = ((long)rules.MaxAverageWeeklyWork.TotalMinutes * span) - recorded;
                var gate = model.Gates.For(Name, id, model.Problem.Start.PlusDays(7 * first), model.Problem.Start.PlusDays((7 * last) + 6));
                model.Require(model.Model.Add(model.X.PaidMinutes(p, days) <= limit), gate);
            }
        }

        return [];
    }
}
