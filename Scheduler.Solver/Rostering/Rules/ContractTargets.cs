using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// The paid minutes a contract asks for in one week. A day of leave, sickness or training is credited as a fifth of the
/// weekly contract (rounded to 15 minutes, at most five days), as French payroll counts it; a day merely unavailable is not.
/// </summary>
public static class ContractTargets
{
    public static int WeeklyTarget(StaffMember person, IEnumerable<DayGrid> week)
    {
        ArgumentNullException.ThrowIfNull(person);
        var credited = week.Count(d => person.Absences.Any(a => a.Covers(d.Date) && a.Kind != AbsenceKind.Unavailable));
        var credit = (int)Math.Round(Math.Min(credited, 5) * person.Contract.WeeklyMinutes / 5.0 / 15.0) * 15;
        return Math.Max(0, person.Contract.WeeklyMinutes - credit);
    }

    /// <summary>Extra minutes a part-timer may work above the weekly target: allowed, ≤ 10 % of the contract (L3123-28), below 35 h (L3123-9).</summary>
    public static int ExtraAllowed(StaffMember person, RuleSettings rules)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(rules);
        var contract = person.Contract;
        var legalShare = (int)Math.Floor(contract.WeeklyMinutes * rules.PartTimeExtraMaxFraction);
        var belowFullTime = (int)rules.PartTimeWeeklyCeiling.TotalMinutes - contract.WeeklyMinutes - 1;
        return Math.Max(0, Math.Min(contract.ExtraMinutesAllowed, Math.Min(legalShare, belowFullTime)));
    }
}
