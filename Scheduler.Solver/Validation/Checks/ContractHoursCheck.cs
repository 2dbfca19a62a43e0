using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: contract hours (paid time, see <see cref="ContractTarget"/>). A full-timer's week stays within
/// ± <see cref="RuleSettings.FullTimeWeeklyBand"/> of the target (a week alone inside a reference period also works back the
/// balance the person carries, see <see cref="ContractTarget.FullTimeWeek"/>) and, over a horizon of two weeks or more, the
/// weeks add up to the targets, per reference period when the problem has one (see <see cref="ContractTarget.PeriodTotals"/>). A part-timer works at least the target each week; the ceiling is <see cref="PartTimeExtraHoursCheck"/>.
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
            foreach (var monday in context.WeekStarts)
            {
                var worked = context.PaidBetween(person.Id, monday, monday.PlusDays(6));
                var weekTarget = ContractTarget.ForWeek(person, monday);
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

            foreach (var (from, to, periodEnd, least, most) in ContractTarget.PeriodTotals(person, context.Problem))
            {
                var worked = context.PaidBetween(person.Id, from, to);
                if (worked < least || worked > most)
                {
                    yield return Total(person, context.Problem, (from, to, periodEnd), worked, Range(least, most));
                }
            }
        }
    }

    /// <summary>A full-timer's weeks of one reference period (or of the horizon, without one) that do not add up.</summary>
    private static RuleViolation Total(StaffMember person, RotaProblem problem, (LocalDate From, LocalDate To, LocalDate PeriodEnd) weeks, Duration worked, string range)
    {
        if (problem.ReferencePeriodEnd is null)
        {
            return new RuleViolation(RuleNames.ContractHours, person.Id, weeks.From, null,
                $"{Say.Who(person)} travaille {Say.Hours(worked)} sur la période au lieu des {range} de son contrat.",
                $"{Say.Who(person)} works {Say.Hours(worked)} over the period instead of the {range} of the contract.");
        }

        var carried = weeks.From == problem.Start ? Duration.FromMinutes(person.CarriedMinutes) : Duration.Zero;
        var balance = carried == Duration.Zero ? (string.Empty, string.Empty)
            : ($", solde des semaines précédentes {Signed(carried)}", $", balance of the earlier weeks {Signed(carried)}");
        return new RuleViolation(RuleNames.ContractHours, person.Id, weeks.From, null,
            $"{Say.Who(person)} travaille {Say.Hours(worked)} du {Say.Date(weeks.From)} au {Say.Date(weeks.To)} ; attendu : {range} (période de référence jusqu'au {Say.Date(weeks.PeriodEnd)}{balance.Item1}).",
            $"{Say.Who(person)} works {Say.Hours(worked)} from {Say.Date(weeks.From)} to {Say.Date(weeks.To)}; expected: {range} (reference period until {Say.Date(weeks.PeriodEnd)}{balance.Item2}).");
    }

    private static string Signed(Duration balance) => balance < Duration.Zero ? $"−{Say.Hours(-balance)}" : $"+{Say.Hours(balance)}";

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

        return ($" (solde des semaines précédentes de la période de référence, jusqu'au {Say.Date(end)} : {Signed(carried)})",
            $" (balance of the reference period's earlier weeks, which ends on {Say.Date(end)}: {Signed(carried)})");
    }

    private RuleViolation Week(StaffMember person, LocalDate monday, Duration worked, Duration target, (string Fr, string En) kind, string range, (string Fr, string En)? why = null) =>
        new(Rule, person.Id, monday, null,
            $"{Say.Who(person)} ({kind.Fr}, {Say.Hours(target)} dues) travaille {Say.Hours(worked)} la semaine du {Say.Date(monday)} ; attendu : {range}{why?.Fr}.",
            $"{Say.Who(person)} ({kind.En}, {Say.Hours(target)} due) works {Say.Hours(worked)} in the week of {Say.Date(monday)}; expected: {range}{why?.En}.");
}
