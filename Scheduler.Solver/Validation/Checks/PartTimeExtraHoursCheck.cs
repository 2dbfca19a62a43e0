using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: a part-timer's week stays under <see cref="RuleSettings.PartTimeWeeklyCeiling"/> (L3123-9) and at most
/// <see cref="ContractTarget.AllowedExtra"/> above the target (L3123-28): exactly the target when no extra hours are allowed.
/// </summary>
public sealed class PartTimeExtraHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.PartTimeExtraHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Rules.ContractHoursApply)
        {
            // Switched off the same way in the model (what-if runs, hourly staff): a rota planned without it is not reported.
            yield break;
        }

        var ceiling = context.Rules.PartTimeWeeklyCeiling;
        foreach (var person in context.Problem.Staff.Where(p => !p.Contract.IsFullTime))
        {
            var extra = ContractTarget.AllowedExtra(person, context.Rules);
            foreach (var monday in context.WeekStarts)
            {
                var worked = context.PaidBetween(person.Id, monday, monday.PlusDays(6));
                var target = ContractTarget.ForWeek(person, monday);
                if (worked >= ceiling)
                {
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)}, à temps partiel, atteint {Say.Hours(worked)} la semaine du {Say.Date(monday)} ; les heures complémentaires ne peuvent pas porter la semaine à {Say.Hours(ceiling)} (L3123-9).",
                        $"{Say.Who(person)}, part-time, reaches {Say.Hours(worked)} in the week of {Say.Date(monday)}; extra hours may not bring the week to {Say.Hours(ceiling)} (L3123-9).");
                }
                else if (worked > target + extra)
                {
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)} fait {Say.Hours(worked - target)} au-delà des {Say.Hours(target)} de son contrat la semaine du {Say.Date(monday)} ; heures complémentaires permises : {Say.Hours(extra)} (L3123-28).",
                        $"{Say.Who(person)} works {Say.Hours(worked - target)} beyond the {Say.Hours(target)} of the contract in the week of {Say.Date(monday)}; extra hours allowed: {Say.Hours(extra)} (L3123-28).");
                }
            }
        }
    }
}
