using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard (L3121-22): over any <see cref="RuleSettings.AverageWeeks"/> consecutive Monday–Sunday weeks that end in the horizon,
/// paid time averages at most <see cref="RuleSettings.MaxAverageWeeklyWork"/> a week. History fills the weeks before the horizon;
/// a week with no known shift counts as 0 h, so the rule is only fully checked when the history covers the earlier weeks.
/// </summary>
public sealed class MaxAverageWeeklyHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.MaxAverageWeeklyHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var weeks = Math.Max(1, context.Rules.AverageWeeks);
        var limit = context.Rules.MaxAverageWeeklyWork * weeks;
        foreach (var person in context.PeopleWithShifts)
        {
            foreach (var lastMonday in context.WeekStarts)
            {
                var firstMonday = lastMonday.PlusWeeks(1 - weeks);
                var worked = context.PaidBetween(person.Id, firstMonday, lastMonday.PlusDays(6));
                if (worked > limit)
                {
                    var average = worked / weeks;
                    yield return new RuleViolation(Rule, person.Id, lastMonday, null,
                        $"{Say.Who(person)} travaille en moyenne {Say.Hours(average)} par semaine sur les {weeks} semaines du {Say.Date(firstMonday)} au {Say.Date(lastMonday.PlusDays(6))}, plus que {Say.Hours(context.Rules.MaxAverageWeeklyWork)} (L3121-22).",
                        $"{Say.Who(person)} works {Say.Hours(average)} a week on average over the {weeks} weeks from {Say.Date(firstMonday)} to {Say.Date(lastMonday.PlusDays(6))}, more than {Say.Hours(context.Rules.MaxAverageWeeklyWork)} (L3121-22).");
                }
            }
        }
    }
}
