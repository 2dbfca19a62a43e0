using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: no more than <see cref="WorkLimits.MaxConsecutiveWorkDays"/> working dates in a row, a run begun in the history
/// included. Each run too long is reported once, on the date it passes the limit.
/// </summary>
public sealed class MaxConsecutiveWorkDaysCheck : IRotaCheck
{
    public string Rule => RuleNames.MaxConsecutiveWorkDays;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.PeopleWithShifts.Where(p => p.Limits.MaxConsecutiveWorkDays is not null))
        {
            var max = person.Limits.MaxConsecutiveWorkDays!.Value;
            var run = 0;
            var day = context.Problem.Start;
            while (run <= max && context.WorksOn(person.Id, day.PlusDays(-run - 1)))
            {
                run++;
            }

            foreach (var date in context.Problem.Dates)
            {
                run = context.WorksOn(person.Id, date) ? run + 1 : 0;
                if (run == max + 1)
                {
                    var first = date.PlusDays(-max);
                    yield return new RuleViolation(Rule, person.Id, date, null,
                        $"{Say.Who(person)} travaille plus de {max} jours d'affilée à partir du {Say.Date(first)} ; au plus {max}.",
                        $"{Say.Who(person)} works more than {max} days in a row from {Say.Date(first)}; at most {max}.");
                }
            }
        }
    }
}
