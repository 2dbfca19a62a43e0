using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: a part-timer allowed extra hours ("heures complémentaires") works no more than the target plus
/// <see cref="ContractTarget.AllowedExtra"/> in a week (L3123-28) and the week stays under
/// <see cref="RuleSettings.PartTimeWeeklyCeiling"/> (L3123-9). Part-timers without allowed extra hours are held to their
/// contract by <see cref="ContractHoursCheck"/>.
/// </summary>
public sealed class PartTimeExtraHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.PartTimeExtraHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ceiling = context.Rules.PartTimeWeeklyCeiling;
        foreach (var person in context.Problem.Staff.Where(p => !p.Contract.IsFullTime && p.Contract.ExtraMinutesAllowed > 0))
        {
            var extra = ContractTarget.AllowedExtra(person, context.Rules);
            foreach (var monday in context.WeekStarts)
            {
                var worked = context.PaidBetween(person.Id, monday, monday.PlusDays(6));
                var target = ContractTarget.ForWeek(person, monday);
                if (worked > target + extra)
                {
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)} fait {Say.Hours(worked - target)} d'heures complémentaires la semaine du {Say.Date(monday)}, plus que les {Say.Hours(extra)} permises (L3123-28).",
                        $"{Say.Who(person)} works {Say.Hours(worked - target)} of extra hours in the week of {Say.Date(monday)}, more than the {Say.Hours(extra)} allowed (L3123-28).");
                }
                else if (worked >= ceiling)
                {
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)}, à temps partiel, atteint {Say.Hours(worked)} la semaine du {Say.Date(monday)} ; les heures complémentaires ne peuvent pas porter la semaine à {Say.Hours(ceiling)} (L3123-9).",
                        $"{Say.Who(person)}, part-time, reaches {Say.Hours(worked)} in the week of {Say.Date(monday)}; extra hours may not bring the week to {Say.Hours(ceiling)} (L3123-9).");
                }
            }
        }
    }
}
