using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard (L3121-20): at most <see cref="RuleSettings.MaxWeeklyWork"/> of work (paid time) in any Monday–Sunday week.</summary>
public sealed class MaxWeeklyHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.MaxWeeklyHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.Rules.MaxWeeklyWork;
        foreach (var person in context.PeopleWithShifts)
        {
            foreach (var monday in context.WeekStarts)
            {
                var worked = context.PaidBetween(person.Id, monday, monday.PlusDays(6));
                if (worked > limit)
                {
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)} travaille {Say.Hours(worked)} la semaine du {Say.Date(monday)}, plus que le maximum de {Say.Hours(limit)} (L3121-20).",
                        $"{Say.Who(person)} works {Say.Hours(worked)} in the week of {Say.Date(monday)}, more than the maximum of {Say.Hours(limit)} (L3121-20).");
                }
            }
        }
    }
}
