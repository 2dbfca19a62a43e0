using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: at most <see cref="RuleSettings.MaxWorkingDaysInSeven"/> working dates in any 7 consecutive dates, history included.
/// A run of too-long windows is reported once, on the last date of its first window.
/// </summary>
public sealed class MaxWorkingDaysInSevenCheck : IRotaCheck
{
    public string Rule => RuleNames.MaxWorkingDaysInSeven;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.Rules.MaxWorkingDaysInSeven;
        foreach (var person in context.PeopleWithShifts)
        {
            var previousTooMany = false;
            foreach (var last in context.Problem.Dates)
            {
                var first = last.PlusDays(-6);
                var worked = Enumerable.Range(0, 7).Count(d => context.WorksOn(person.Id, first.PlusDays(d)));
                var tooMany = worked > limit;
                if (tooMany && !previousTooMany)
                {
                    yield return new RuleViolation(Rule, person.Id, last, null,
                        $"{Say.Who(person)} travaille {worked} jours sur les 7 du {Say.Date(first)} au {Say.Date(last)} ; au plus {limit}.",
                        $"{Say.Who(person)} works {worked} days out of the 7 from {Say.Date(first)} to {Say.Date(last)}; at most {limit}.");
                }

                previousTooMany = tooMany;
            }
        }
    }
}
