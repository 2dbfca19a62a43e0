using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: paid time over the horizon within <see cref="WorkLimits.MinWorkedMinutes"/> and <see cref="WorkLimits.MaxWorkedMinutes"/>.</summary>
public sealed class WorkedMinutesRangeCheck : IRotaCheck
{
    public string Rule => RuleNames.WorkedMinutesRange;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.Problem.Staff.Where(p => p.Limits.MinWorkedMinutes is not null || p.Limits.MaxWorkedMinutes is not null))
        {
            var worked = context.ShiftsOf(person.Id).Aggregate(Duration.Zero, (sum, a) => sum + a.PaidTime);
            if (person.Limits.MinWorkedMinutes is { } min && worked < Duration.FromMinutes(min))
            {
                yield return new RuleViolation(Rule, person.Id, context.Problem.Start, null,
                    $"{Say.Who(person)} travaille {Say.Hours(worked)} sur la période ; au moins {Say.Hours(Duration.FromMinutes(min))}.",
                    $"{Say.Who(person)} works {Say.Hours(worked)} in the period; at least {Say.Hours(Duration.FromMinutes(min))}.");
            }

            if (person.Limits.MaxWorkedMinutes is { } max && worked > Duration.FromMinutes(max))
            {
                yield return new RuleViolation(Rule, person.Id, context.Problem.Start, null,
                    $"{Say.Who(person)} travaille {Say.Hours(worked)} sur la période ; au plus {Say.Hours(Duration.FromMinutes(max))}.",
                    $"{Say.Who(person)} works {Say.Hours(worked)} in the period; at most {Say.Hours(Duration.FromMinutes(max))}.");
            }
        }
    }
}
