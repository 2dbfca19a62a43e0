using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation;

/// <summary>
/// The paid time a contract asks for in one Monday–Sunday week, and the extra hours a part-timer may add.
/// Same semantics as the model's contract rules, computed here without it.
/// </summary>
public static class ContractTarget
{
    /// <summary>
    /// The weekly contract minus a fifth of it for each day of leave, sickness or training in the week (rounded to
    /// 15 minutes, at most five days), as French payroll credits them; a day merely marked unavailable is not credited.
    /// </summary>
    public static Duration ForWeek(StaffMember person, LocalDate monday)
    {
        ArgumentNullException.ThrowIfNull(person);
        var credited = Enumerable.Range(0, 7)
            .Count(d => person.Absences.Any(a => a.Covers(monday.PlusDays(d)) && a.Kind != AbsenceKind.Unavailable));
        var weekly = person.Contract.WeeklyMinutes;
        var credit = (int)Math.Round(Math.Min(credited, 5) * weekly / 5.0 / 15.0) * 15;
        return Duration.FromMinutes(Math.Max(0, weekly - credit));
    }

    /// <summary>
    /// Extra paid time a part-timer may work above the weekly target: what the manager allows, at most
    /// <see cref="RuleSettings.PartTimeExtraMaxFraction"/> of the contract (L3123-28), and short of
    /// <see cref="RuleSettings.PartTimeWeeklyCeiling"/> by at least a minute (L3123-9); zero for full-timers.
    /// </summary>
    public static Duration AllowedExtra(StaffMember person, RuleSettings rules)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(rules);
        var contract = person.Contract;
        if (contract.IsFullTime)
        {
            return Duration.Zero;
        }

        var legalShare = (int)Math.Floor(contract.WeeklyMinutes * rules.PartTimeExtraMaxFraction);
        var belowCeiling = (int)rules.PartTimeWeeklyCeiling.TotalMinutes - contract.WeeklyMinutes - 1;
        return Duration.FromMinutes(Math.Max(0, Math.Min(contract.ExtraMinutesAllowed, Math.Min(legalShare, belowCeiling))));
    }
}
