using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: contract hours (paid time, see <see cref="ContractTarget"/>). A full-timer's week stays within
/// ± <see cref="RuleSettings.FullTimeWeeklyBand"/> of the target and, over a horizon of two weeks or more, the weeks add up
/// to the targets exactly. A part-timer works at least the target each week; the ceiling is <see cref="PartTimeExtraHoursCheck"/>.
/// </summary>
public sealed class ContractHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.ContractHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Rules.ContractHoursApply)
        {
            // Switched off the same way in the model (what-if runs, hourly staff): a rota planned without it is not reported.
            yield break;
        }

        var band = context.Rules.FullTimeWeeklyBand;
        foreach (var person in context.Problem.Staff)
        {
            var (total, target) = (Duration.Zero, Duration.Zero);
            foreach (var monday in context.WeekStarts)
            {
                var worked = context.PaidBetween(person.Id, monday, monday.PlusDays(6));
                var weekTarget = ContractTarget.ForWeek(person, monday);
                (total, target) = (total + worked, target + weekTarget);
                if (person.Contract.IsFullTime && (worked < weekTarget - band || worked > weekTarget + band))
                {
                    yield return Week(person, monday, worked, weekTarget,
                        ("temps plein", "full-time"), $"{Say.Hours(Max(Duration.Zero, weekTarget - band))}-{Say.Hours(weekTarget + band)}");
                }
                else if (!person.Contract.IsFullTime && worked < weekTarget)
                {
                    yield return Week(person, monday, worked, weekTarget, ("temps partiel", "part-time"), $"≥ {Say.Hours(weekTarget)}");
                }
            }

            if (person.Contract.IsFullTime && context.Problem.Weeks > 1 && total != target)
            {
                yield return new RuleViolation(Rule, person.Id, context.Problem.Start, null,
                    $"{Say.Who(person)} travaille {Say.Hours(total)} sur la période au lieu des {Say.Hours(target)} de son contrat.",
                    $"{Say.Who(person)} works {Say.Hours(total)} over the period instead of the {Say.Hours(target)} of the contract.");
            }
        }
    }

    private static Duration Max(Duration a, Duration b) => a > b ? a : b;

    private RuleViolation Week(StaffMember person, LocalDate monday, Duration worked, Duration target, (string Fr, string En) kind, string range) =>
        new(Rule, person.Id, monday, null,
            $"{Say.Who(person)} ({kind.Fr}, {Say.Hours(target)} dues) travaille {Say.Hours(worked)} la semaine du {Say.Date(monday)} ; attendu : {range}.",
            $"{Say.Who(person)} ({kind.En}, {Say.Hours(target)} due) works {Say.Hours(worked)} in the week of {Say.Date(monday)}; expected: {range}.");
}
