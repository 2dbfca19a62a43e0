using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: contract hours (paid time, see <see cref="ContractTarget"/>). A full-timer's week stays within
/// ± <see cref="RuleSettings.FullTimeWeeklyBand"/> of the target (a week alone inside a reference period also works back the
/// balance the person carries, see <see cref="ContractTarget.FullTimeWeek"/>) and, over a horizon of two weeks or more, the
/// weeks add up to the targets exactly. A part-timer works at least the target each week; the ceiling is <see cref="PartTimeExtraHoursCheck"/>.
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

        foreach (var person in context.Problem.Staff)
        {
            var (total, target) = (Duration.Zero, Duration.Zero);
            foreach (var monday in context.WeekStarts)
            {
                var worked = context.PaidBetween(person.Id, monday, monday.PlusDays(6));
                var weekTarget = ContractTarget.ForWeek(person, monday);
                (total, target) = (total + worked, target + weekTarget);
                var (least, most) = ContractTarget.FullTimeWeek(person, context.Problem, weekTarget);
                if (person.Contract.IsFullTime && (worked < least || worked > most))
                {
                    yield return Week(person, monday, worked, weekTarget, ("temps plein", "full-time"), Range(least, most), Carried(person, context.Problem));
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

    private static string Range(Duration least, Duration most) => least == most ? Say.Hours(least) : $"{Say.Hours(least)}-{Say.Hours(most)}";

    /// <summary>Why the week's range is not the plain band: the balance carried within the reference period, in both languages; or none.</summary>
    private static (string Fr, string En)? Carried(StaffMember person, RotaProblem problem)
    {
        if (problem.Weeks != 1 || problem.ReferencePeriodEnd is not { } end)
        {
            return null;
        }

        var carried = Duration.FromMinutes(person.CarriedMinutes);
        if (carried == Duration.Zero)
        {
            return ($" (la période de référence finit le {Say.Date(end)} : ses semaines doivent s'y compenser)",
                $" (the reference period ends on {Say.Date(end)}: its weeks must balance by then)");
        }

        var sign = carried < Duration.Zero ? "−" : "+";
        var hours = Say.Hours(carried < Duration.Zero ? -carried : carried);
        return ($" (solde des semaines précédentes de la période de référence, jusqu'au {Say.Date(end)} : {sign}{hours})",
            $" (balance of the reference period's earlier weeks, which ends on {Say.Date(end)}: {sign}{hours})");
    }

    private RuleViolation Week(StaffMember person, LocalDate monday, Duration worked, Duration target, (string Fr, string En) kind, string range, (string Fr, string En)? why = null) =>
        new(Rule, person.Id, monday, null,
            $"{Say.Who(person)} ({kind.Fr}, {Say.Hours(target)} dues) travaille {Say.Hours(worked)} la semaine du {Say.Date(monday)} ; attendu : {range}{why?.Fr}.",
            $"{Say.Who(person)} ({kind.En}, {Say.Hours(target)} due) works {Say.Hours(worked)} in the week of {Say.Date(monday)}; expected: {range}{why?.En}.");
}
