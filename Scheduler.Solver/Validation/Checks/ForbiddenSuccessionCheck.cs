using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: no shift definition on the date after one that <see cref="RuleSettings.ForbiddenSuccessions"/> says it may not
/// follow, the history's last day before the horizon included.
/// </summary>
public sealed class ForbiddenSuccessionCheck : IRotaCheck
{
    public string Rule => RuleNames.ForbiddenSuccession;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var successions = context.Rules.ForbiddenSuccessions;
        if (successions.Count == 0)
        {
            yield break;
        }

        foreach (var person in context.PeopleWithShifts)
        {
            var byDate = context.TimelineOf(person.Id)
                .Select(a => (a.Date, Definition: WorkRuns.DefinitionOf(context, a)?.Id))
                .Where(a => a.Definition is not null)
                .ToLookup(a => a.Date, a => a.Definition!);
            foreach (var shift in context.ShiftsOf(person.Id))
            {
                var after = WorkRuns.DefinitionOf(context, shift)?.Id;
                var before = byDate[shift.Date.PlusDays(-1)].FirstOrDefault(b => after is not null && successions.TryGetValue(b, out var next) && next.Contains(after));
                if (before is not null)
                {
                    yield return new RuleViolation(Rule, person.Id, shift.Date, shift.Start,
                        $"{Say.Who(person)} fait un poste « {after} » le {Say.Date(shift.Date)} après un poste « {before} » la veille, enchaînement interdit.",
                        $"{Say.Who(person)} works a '{after}' shift on {Say.Date(shift.Date)} after a '{before}' shift the day before, a forbidden succession.");
                }
            }
        }
    }
}
