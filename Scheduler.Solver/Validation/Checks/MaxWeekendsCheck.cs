using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: at most <see cref="WorkLimits.MaxWeekends"/> weekends worked in the horizon (Saturday or Sunday worked).</summary>
public sealed class MaxWeekendsCheck : IRotaCheck
{
    public string Rule => RuleNames.MaxWeekends;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.PeopleWithShifts.Where(p => p.Limits.MaxWeekends is not null))
        {
            var max = person.Limits.MaxWeekends!.Value;
            var worked = context.WeekStarts
                .Count(monday => context.ShiftsOf(person.Id).Any(a => a.Date == monday.PlusDays(5) || a.Date == monday.PlusDays(6)));
            if (worked > max)
            {
                yield return new RuleViolation(Rule, person.Id, context.Problem.Start, null,
                    $"{Say.Who(person)} travaille {worked} week-ends sur la période ; au plus {max}.",
                    $"{Say.Who(person)} works {worked} weekends in the period; at most {max}.");
            }
        }
    }
}
