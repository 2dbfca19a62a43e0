using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard (L3121-22): at most <see cref="RuleSettings.MaxAverageWeeklyWork"/> a week on average over any
/// <see cref="RuleSettings.AverageWeeks"/> consecutive Monday–Sunday weeks ending in the horizon, history included.
/// A window reaches back at most to the week of the earliest history shift, and the average is over the weeks it spans,
/// so a short history never loosens the rule; a window of a single week is left to <see cref="MaxWeeklyHoursCheck"/>.
/// </summary>
public sealed class MaxAverageWeeklyHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.MaxAverageWeeklyHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.Problem;
        var earliest = problem.History.Where(h => h.Date < problem.Start).Select(h => h.Date).DefaultIfEmpty(problem.Start).Min();
        var historyWeeks = (int)Math.Ceiling(NodaTime.Period.Between(earliest, problem.Start, NodaTime.PeriodUnits.Days).Days / 7.0);
        foreach (var person in context.PeopleWithShifts)
        {
            for (var last = 0; last < problem.Weeks; last++)
            {
                var first = Math.Max(last - context.Rules.AverageWeeks + 1, -historyWeeks);
                var span = last - first + 1;
                if (span < 2)
                {
                    continue;
                }

                var (from, to) = (problem.Start.PlusWeeks(first), problem.Start.PlusWeeks(last).PlusDays(6));
                var worked = context.PaidBetween(person.Id, from, to);
                if (worked > context.Rules.MaxAverageWeeklyWork * span)
                {
                    var average = worked / span;
                    yield return new RuleViolation(Rule, person.Id, problem.Start.PlusWeeks(last), null,
                        $"{Say.Who(person)} travaille en moyenne {Say.Hours(average)} par semaine sur les {span} semaines du {Say.Date(from)} au {Say.Date(to)}, plus que {Say.Hours(context.Rules.MaxAverageWeeklyWork)} (L3121-22).",
                        $"{Say.Who(person)} works {Say.Hours(average)} a week on average over the {span} weeks from {Say.Date(from)} to {Say.Date(to)}, more than {Say.Hours(context.Rules.MaxAverageWeeklyWork)} (L3121-22).");
                }
            }
        }
    }
}
