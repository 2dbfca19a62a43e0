using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// The paid minutes a contract asks for in one week. A day of leave, sickness or training is credited as a fifth of the
/// weekly contract (rounded to 15 minutes, at most five days), as French payroll counts it; a day merely unavailable is not.
/// </summary>
public static class ContractTargets
{
    public static int WeeklyTarget(StaffMember person, IEnumerable<DayGrid> week) => WeeklyTarget(person, week.Select(d => d.Date));

    public static int WeeklyTarget(StaffMember person, IEnumerable<NodaTime.LocalDate> week)
    {
        ArgumentNullException.ThrowIfNull(person);
        var credited = week.Count(d => person.Absences.Any(a => a.Covers(d) && a.Kind != AbsenceKind.Unavailable));
        var credit = (int)Math.Round(Math.Min(credited, 5) * person.Contract.WeeklyMinutes / 5.0 / 15.0) * 15;
        return Math.Max(0, person.Contract.WeeklyMinutes - credit);
    }

    /// <summary>
    /// How far below (<c>Least</c>, zero or negative) and above (<c>Most</c>) the weekly target a full-timer's paid minutes
    /// may go: ± <see cref="RuleSettings.FullTimeWeeklyBand"/>, narrowed in a one-week horizon inside a reference period so
    /// that what the person carries plus this week can still be worked back in the period's weeks after it (all of it in
    /// its last week). When not even the band's far edge is enough, the week goes to that edge. A week with a day away
    /// keeps the band's floor: days away may leave too few to work back what is owed, and the week must stay plannable.
    /// Nor is a week asked to give back more than its whole target.
    /// </summary>
    public static (int Least, int Most) FullTimeLeeway(StaffMember person, RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(problem);
        var band = (int)problem.Rules.FullTimeWeeklyBand.TotalMinutes;
        if (problem.Weeks != 1 || problem.ReferencePeriodEnd is not { } end)
        {
            return (-band, band);
        }

        var weeksAfter = WeeksAfter(problem, end);
        var carried = person.CarriedMinutes;
        var least = Math.Max(-band, -carried - (band * weeksAfter));
        var most = Math.Min(band, -carried + (band * weeksAfter));
        (least, most) = least <= most ? (least, most) : carried < 0 ? (band, band) : (-band, -band);
        most = Math.Max(most, -WeeklyTarget(person, problem.Dates));
        return problem.Dates.Any(d => !person.IsAvailableOn(d)) ? (-band, most) : (least, most);
    }

    /// <summary>
    /// The paid minutes that would bring a full-timer's carried balance back to zero this week, as far as the week's leeway
    /// allows, when the week is planned alone inside a reference period with weeks of it still after: below it, the hours
    /// are left for those weeks (<see cref="SoftWeights.DeferredHours"/>). Null otherwise: the period's last week settles
    /// exactly, and a horizon of several weeks adds up to its own targets.
    /// </summary>
    public static int? SettlingMinutes(StaffMember person, RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(problem);
        if (!person.Contract.IsFullTime || !problem.Rules.ContractHoursApply || problem.Weeks != 1 || problem.ReferencePeriodEnd is not { } end
            || WeeksAfter(problem, end) == 0)
        {
            return null;
        }

        var (least, most) = FullTimeLeeway(person, problem);
        return Math.Max(0, WeeklyTarget(person, problem.Dates) + Math.Clamp(-person.CarriedMinutes, least, most));
    }

    /// <summary>Whole weeks of the reference period after the horizon.</summary>
    private static int WeeksAfter(RotaProblem problem, NodaTime.LocalDate periodEnd) =>
        Math.Max(0, NodaTime.Period.Between(problem.End, periodEnd, NodaTime.PeriodUnits.Days).Days / 7);

    /// <summary>What a week of <paramref name="paid"/> minutes costs against <paramref name="settling"/> ones: <paramref name="weight"/> per started half-hour short.</summary>
    public static long DeferredCost(int paid, int settling, int weight) => (long)weight * ((Math.Max(0, settling - paid) + 29) / 30);

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
