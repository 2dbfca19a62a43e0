using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation;

/// <summary>
/// The paid time a contract asks for in one Monday–Sunday week. Each absence day in the week lowers it by a fifth of the
/// weekly contract (one working day of the five the two-days-off rule leaves), at most down to zero.
/// </summary>
public static class ContractTarget
{
    public static Duration ForWeek(StaffMember person, LocalDate monday)
    {
        ArgumentNullException.ThrowIfNull(person);
        var absentDays = Enumerable.Range(0, 7).Count(d => !person.IsAvailableOn(monday.PlusDays(d)));
        var contract = Duration.FromMinutes(person.Contract.WeeklyMinutes);
        return contract * Math.Max(0, 5 - absentDays) / 5;
    }

    /// <summary>
    /// Extra paid time a part-timer may work above the weekly target: what the manager allows, capped at
    /// <see cref="RuleSettings.PartTimeExtraMaxFraction"/> of the contract (L3123-28); zero for full-timers.
    /// </summary>
    public static Duration AllowedExtra(StaffMember person, RuleSettings rules)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(rules);
        if (person.Contract.IsFullTime)
        {
            return Duration.Zero;
        }

        var legalCap = Math.Floor(person.Contract.WeeklyMinutes * rules.PartTimeExtraMaxFraction);
        return Duration.FromMinutes(Math.Min(person.Contract.ExtraMinutesAllowed, legalCap));
    }
}
