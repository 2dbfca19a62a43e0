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
    /// The paid time a full-timer may work in a week of <paramref name="problem"/>: the target ± the weekly band; in a
    /// one-week horizon inside a reference period, only what leaves the balance carried from the period's earlier weeks
    /// within reach of its later weeks' bands (none left: the week settles it), or the band's edge nearer to that; a week
    /// with a day away keeps the band's floor (the days left may not hold what is owed), and none gives back more than its
    /// whole target.
    /// </summary>
    public static (Duration Least, Duration Most) FullTimeWeek(StaffMember person, RotaProblem problem, Duration target)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(problem);
        var band = problem.Rules.FullTimeWeeklyBand;
        var (below, above) = (-band, band);
        if (problem.Weeks == 1 && problem.ReferencePeriodEnd is { } end)
        {
            var reach = band * Math.Max(0, Period.Between(problem.End, end, PeriodUnits.Days).Days / 7);
            var owed = -Duration.FromMinutes(person.CarriedMinutes);
            (below, above) = (Longest(-band, owed - reach), Shortest(band, owed + reach));
            if (below > above)
            {
                (below, above) = owed > Duration.Zero ? (band, band) : (-band, -band);
            }

            if (Enumerable.Range(0, 7).Any(d => person.Absences.Any(a => a.Covers(problem.Start.PlusDays(d)))))
            {
                below = -band;
            }

            // A week gives back at most its whole target.
            above = Longest(above, -target);
        }

        return (Longest(Duration.Zero, target + below), target + above);
    }

    /// <summary>
    /// For a full-timer over a horizon of two weeks or more: the horizon's weeks grouped by reference period (the first
    /// period ends on <see cref="RotaProblem.ReferencePeriodEnd"/>, later ones every <see cref="RotaProblem.ReferencePeriodWeeks"/>
    /// weeks; unknown length: the rest of the horizon; no period: the whole horizon), each with the paid time its weeks
    /// may total. A period the horizon reaches the end of settles exactly: its targets less the balance carried into it
    /// (the first one only); one that goes on after the horizon leaves the balance within the band of its later weeks.
    /// As for a week alone (<see cref="FullTimeWeek"/>): the band's edge when it cannot reach, the band's floor for a
    /// single week with a day away, and never more given back than the whole target. Empty otherwise.
    /// </summary>
    public static IReadOnlyList<(LocalDate From, LocalDate To, LocalDate PeriodEnd, Duration Least, Duration Most)> PeriodTotals(StaffMember person, RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(problem);
        if (!person.Contract.IsFullTime || problem.Weeks < 2)
        {
            return [];
        }

        var band = problem.Rules.FullTimeWeeklyBand;
        var owed = -Duration.FromMinutes(person.CarriedMinutes);
        var totals = new List<(LocalDate, LocalDate, LocalDate, Duration, Duration)>();
        var from = problem.Start;
        var periodEnd = problem.ReferencePeriodEnd ?? problem.End;
        while (from <= problem.End)
        {
            var to = from.PlusDays(6);
            while (to.PlusDays(7) <= LocalDate.Min(periodEnd, problem.End))
            {
                to = to.PlusDays(7);
            }

            var weeks = (Period.DaysBetween(from, to) + 1) / 7;
            var target = Enumerable.Range(0, weeks).Aggregate(Duration.Zero, (sum, w) => sum + ForWeek(person, from.PlusWeeks(w)));
            if (problem.ReferencePeriodEnd is null)
            {
                totals.Add((from, to, periodEnd, target, target));
                break;
            }

            var reach = band * Math.Max(0, Period.DaysBetween(to, periodEnd) / 7);
            var (below, above) = (Longest(-band * weeks, owed - reach), Shortest(band * weeks, owed + reach));
            if (below > above)
            {
                (below, above) = owed > Duration.Zero ? (band * weeks, band * weeks) : (-band * weeks, -band * weeks);
            }

            if (weeks == 1 && Enumerable.Range(0, 7).Any(d => person.Absences.Any(a => a.Covers(from.PlusDays(d)))))
            {
                below = -band;
            }

            above = Longest(above, -target);
            totals.Add((from, to, periodEnd, Longest(Duration.Zero, target + below), target + above));
            owed = Duration.Zero;
            from = to.PlusDays(1);
            periodEnd = problem.ReferencePeriodWeeks > 0 ? periodEnd.PlusWeeks(problem.ReferencePeriodWeeks) : problem.End;
        }

        return totals;
    }

    private static Duration Longest(Duration a, Duration b) => a > b ? a : b;

    private static Duration Shortest(Duration a, Duration b) => a < b ? a : b;

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
