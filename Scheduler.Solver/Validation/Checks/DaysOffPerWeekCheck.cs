using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: at least <see cref="RuleSettings.MinDaysOffPerWeek"/> dates without a shift in every Monday–Sunday week (an absence day counts as off).</summary>
public sealed class DaysOffPerWeekCheck : IRotaCheck
{
    public string Rule => RuleNames.DaysOffPerWeek;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.PeopleWithShifts)
        {
            foreach (var monday in context.WeekStarts)
            {
                var daysOff = Enumerable.Range(0, 7).Count(d => !context.WorksOn(person.Id, monday.PlusDays(d)));
                if (daysOff < context.Rules.MinDaysOffPerWeek)
                {
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)} n'a que {daysOff} jour(s) de repos dans la semaine du {Say.Date(monday)} ; il en faut {context.Rules.MinDaysOffPerWeek}.",
                        $"{Say.Who(person)} has only {daysOff} day(s) off in the week of {Say.Date(monday)}; {context.Rules.MinDaysOffPerWeek} are required.");
                }
            }
        }
    }
}
