using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: a block of dates off between two working dates lasts at least <see cref="WorkLimits.MinConsecutiveDaysOff"/>.
/// A block touching the horizon's first or last date is not checked: the days beyond it are unknown.
/// </summary>
public sealed class MinConsecutiveDaysOffCheck : IRotaCheck
{
    public string Rule => RuleNames.MinConsecutiveDaysOff;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.Problem.Staff.Where(p => p.Limits.MinConsecutiveDaysOff is > 1))
        {
            var min = person.Limits.MinConsecutiveDaysOff!.Value;
            foreach (var run in WorkRuns.Of(context, person).Where(r => !r.Working && !r.TouchesEdge && r.Length < min))
            {
                yield return new RuleViolation(Rule, person.Id, run.First, null,
                    $"{Say.Who(person)} n'a que {run.Length} jour(s) de repos d'affilée du {Say.Date(run.First)} au {Say.Date(run.Last)} ; au moins {min}.",
                    $"{Say.Who(person)} has only {run.Length} day(s) off in a row from {Say.Date(run.First)} to {Say.Date(run.Last)}; at least {min}.");
            }
        }
    }
}
