using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: a block of working dates between two dates off lasts at least <see cref="WorkLimits.MinConsecutiveWorkDays"/>.
/// A block touching the horizon's first or last date is not checked: the days beyond it are unknown.
/// </summary>
public sealed class MinConsecutiveWorkDaysCheck : IRotaCheck
{
    public string Rule => RuleNames.MinConsecutiveWorkDays;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.Problem.Staff.Where(p => p.Limits.MinConsecutiveWorkDays is > 1))
        {
            var min = person.Limits.MinConsecutiveWorkDays!.Value;
            foreach (var run in WorkRuns.Of(context, person).Where(r => r.Working && !r.TouchesEdge && r.Length < min))
            {
                yield return new RuleViolation(Rule, person.Id, run.First, null,
                    $"{Say.Who(person)} ne travaille que {run.Length} jour(s) d'affilée du {Say.Date(run.First)} au {Say.Date(run.Last)} ; au moins {min}.",
                    $"{Say.Who(person)} works only {run.Length} day(s) in a row from {Say.Date(run.First)} to {Say.Date(run.Last)}; at least {min}.");
            }
        }
    }
}
