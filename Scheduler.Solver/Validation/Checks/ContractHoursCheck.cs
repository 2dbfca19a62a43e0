using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: contract hours (paid time, see <see cref="ContractTarget"/>). A full-timer's week stays within
/// ± <see cref="RuleSettings.FullTimeWeeklyBand"/> of the target and the horizon adds up to the targets exactly.
/// A part-timer works at least the target each week and never more, unless extra hours are allowed
/// (their limits are <see cref="PartTimeExtraHoursCheck"/>).
/// </summary>
public sealed class ContractHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.ContractHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.Problem.Staff)
        {
            var total = Duration.Zero;
            var target = Duration.Zero;
            foreach (var monday in context.WeekStarts)
            {
                var worked = context.PaidBetween(person.Id, monday, monday.PlusDays(6));
                var weekTarget = ContractTarget.ForWeek(person, monday);
                (total, target) = (total + worked, target + weekTarget);
                var (low, high) = person.Contract.IsFullTime
                    ? (weekTarget - context.Rules.FullTimeWeeklyBand, weekTarget + context.Rules.FullTimeWeeklyBand)
                    : (weekTarget, person.Contract.ExtraMinutesAllowed > 0 ? Duration.MaxValue : weekTarget);
                if (worked < low || worked > high)
                {
                    yield return WeekViolation(person, monday, worked, weekTarget, low, high);
                }
            }

            if (person.Contract.IsFullTime && total != target)
            {
                yield return new RuleViolation(Rule, person.Id, context.Problem.Start, null,
                    $"{Say.Who(person)} travaille {Say.Hours(total)} sur la période au lieu des {Say.Hours(target)} de son contrat.",
                    $"{Say.Who(person)} works {Say.Hours(total)} over the period instead of the {Say.Hours(target)} of the contract.");
            }
        }
    }

    private RuleViolation WeekViolation(StaffMember person, LocalDate monday, Duration worked, Duration target, Duration low, Duration high)
    {
        var range = low == high ? Say.Hours(low) : high == Duration.MaxValue ? $"≥ {Say.Hours(low)}" : $"{Say.Hours(low)}-{Say.Hours(high)}";
        var kind = person.Contract.IsFullTime ? ("temps plein", "full-time") : ("temps partiel", "part-time");
        return new RuleViolation(Rule, person.Id, monday, null,
            $"{Say.Who(person)} ({kind.Item1}, {Say.Hours(target)} dues) travaille {Say.Hours(worked)} la semaine du {Say.Date(monday)} ; attendu : {range}.",
            $"{Say.Who(person)} ({kind.Item2}, {Say.Hours(target)} due) works {Say.Hours(worked)} in the week of {Say.Date(monday)}; expected: {range}.");
    }
}
