using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: each shift definition worked on at most <see cref="WorkLimits.MaxShiftsPerDefinition"/> dates of the horizon.</summary>
public sealed class ShiftTypeLimitCheck : IRotaCheck
{
    public string Rule => RuleNames.ShiftTypeLimit;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.PeopleWithShifts.Where(p => p.Limits.MaxShiftsPerDefinition.Count > 0))
        {
            var counts = context.ShiftsOf(person.Id)
                .Select(a => WorkRuns.DefinitionOf(context, a)?.Id)
                .OfType<string>()
                .GroupBy(id => id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var (definition, limit) in person.Limits.MaxShiftsPerDefinition.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var worked = counts.GetValueOrDefault(definition);
                if (worked > limit)
                {
                    yield return new RuleViolation(Rule, person.Id, context.Problem.Start, null,
                        $"{Say.Who(person)} fait {worked} postes « {definition} » sur la période ; au plus {limit}.",
                        $"{Say.Who(person)} works {worked} '{definition}' shifts in the period; at most {limit}.");
                }
            }
        }
    }
}
