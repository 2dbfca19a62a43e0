using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// A run of a horizon's weeks whose paid minutes a full-timer must total between <see cref="Least"/> and
/// <see cref="Most"/>: the horizon's weeks in one reference period (<see cref="ContractStretches"/>).
/// </summary>
/// <param name="PeriodEnd">The last date of the reference period the weeks belong to (on or after their last Sunday).</param>
/// <param name="Target">The weeks' own targets added up.</param>
public sealed record ContractStretch(int FirstWeek, int WeekCount, LocalDate PeriodEnd, long Target, long Least, long Most)
{
    public IEnumerable<int> Weeks => Enumerable.Range(FirstWeek, WeekCount);
}

/// <summary>
/// How a full-timer's weeks of a horizon of two or more add up (rule 7 and L3121-44). Without a reference period the
/// horizon adds up to its own targets. Inside one, the horizon is cut at each period's end: the weeks of a period the
/// horizon reaches the end of total its targets less what the person carries into them (the balance of the period's
/// published weeks before the horizon, for the first period only), and the weeks of a period that goes on after the
/// horizon leave that balance within reach of the weekly band in the period's weeks after it. The same arithmetic as a
/// week planned alone (<see cref="ContractTargets.FullTimeLeeway"/>): when the band cannot reach, the stretch goes to its
/// edge; a single week with a day away keeps the band's floor; no stretch gives back more than its whole target.
/// </summary>
public static class ContractStretches
{
    /// <summary>The stretches of <paramref name="person"/>'s weeks; none for a part-timer, a one-week horizon, or contract hours off.</summary>
    public static IReadOnlyList<ContractStretch> Of(StaffMember person, RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(problem);
        if (!person.Contract.IsFullTime || !problem.Rules.ContractHoursApply || problem.Weeks < 2)
        {
            return [];
        }

        var targets = Enumerable.Range(0, problem.Weeks).Select(w => ContractTargets.WeeklyTarget(person, WeekDates(problem, w))).ToList();
        var band = (long)problem.Rules.FullTimeWeeklyBand.TotalMinutes;
        var stretches = new List<ContractStretch>();
        var carried = (long)person.CarriedMinutes;
        foreach (var (first, count, periodEnd) in Runs(problem))
        {
            var sum = targets.Skip(first).Take(count).Sum(t => (long)t);
            if (problem.ReferencePeriodEnd is null)
            {
                stretches.Add(new ContractStretch(first, count, periodEnd, sum, sum, sum));
                continue;
            }

            var after = Math.Max(0, Period.DaysBetween(problem.Start.PlusDays((7 * (first + count)) - 1), periodEnd) / 7);
            var least = Math.Max(-band * count, -carried - (band * after));
            var most = Math.Min(band * count, -carried + (band * after));
            (least, most) = least <= most ? (least, most) : carried < 0 ? (band * count, band * count) : (-band * count, -band * count);
            if (count == 1 && WeekDates(problem, first).Any(d => !person.IsAvailableOn(d)))
            {
                least = -band;
            }

            most = Math.Max(most, -sum);
            stretches.Add(new ContractStretch(first, count, periodEnd, sum, Math.Max(0, sum + least), sum + most));
            carried = 0;
        }

        return stretches;
    }

    /// <summary>
    /// True when a horizon of several weeks asks some full-timer for other than their weekly targets over a period's weeks
    /// (a balance carried in): every week at its exact target then no longer adds up, which the searches that plan weeks
    /// at their targets assume.
    /// </summary>
    public static bool CarriesBalance(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Weeks > 1 && problem.ReferencePeriodEnd is not null && problem.Rules.ContractHoursApply
            && problem.Staff.Any(s => s.Contract.IsFullTime && s.CarriedMinutes != 0);
    }

    /// <summary>
    /// True when every full-timer's weeks must add up to exactly their own targets per stretch (no reference period, or
    /// none that the horizon stops short of, carries a balance into or lets a single week off its target): the column
    /// bound, which holds full-time classes to their weekly targets, is then a relaxation of the problem.
    /// </summary>
    public static bool KeepsOwnTargets(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Weeks < 2 || problem.ReferencePeriodEnd is null
            || problem.Staff.All(person => Of(person, problem).All(s => s.Least == s.Target && s.Most == s.Target));
    }

    /// <summary>True when a full-timer carries more than one week's band (<see cref="RuleSettings.FullTimeWeeklyBand"/>) either way.</summary>
    public static bool CarriesLargeBalance(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Staff.Any(s => s.Contract.IsFullTime && Math.Abs(s.CarriedMinutes) > problem.Rules.FullTimeWeeklyBand.TotalMinutes);
    }

    /// <summary>
    /// What <paramref name="person"/> carries into week <paramref name="w"/> of the horizon when it is planned alone after
    /// <paramref name="planned"/> (the horizon's earlier weeks): the balance carried into the horizon when the week is in its
    /// first reference period, plus each earlier week of the same period's paid minutes above (or below) its target.
    /// </summary>
    public static int CarriedInto(StaffMember person, RotaProblem problem, int w, IReadOnlyList<Assignment> planned)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(planned);
        if (Of(person, problem).FirstOrDefault(s => s.Weeks.Contains(w)) is not { } stretch)
        {
            return person.CarriedMinutes;
        }

        var carried = stretch.FirstWeek == 0 ? person.CarriedMinutes : 0;
        for (var v = stretch.FirstWeek; v < w; v++)
        {
            var (monday, sunday) = (problem.Start.PlusWeeks(v), problem.Start.PlusDays((7 * v) + 6));
            var paid = planned.Where(a => a.StaffId == person.Id && a.Date >= monday && a.Date <= sunday).Sum(a => (int)a.PaidTime.TotalMinutes);
            carried += paid - ContractTargets.WeeklyTarget(person, WeekDates(problem, v));
        }

        return carried;
    }

    /// <summary>The last date of the reference period holding week <paramref name="w"/> of the horizon (see <see cref="Runs"/>).</summary>
    public static LocalDate PeriodEndOf(RotaProblem problem, int w) => Runs(problem).First(r => w < r.First + r.Count).PeriodEnd;

    /// <summary>
    /// The horizon's weeks cut at the reference periods' ends: first week, number of weeks, and the period's last date
    /// (the horizon's own end when there is no period, or for the weeks after a period whose successors' length is unknown).
    /// </summary>
    public static IEnumerable<(int First, int Count, LocalDate PeriodEnd)> Runs(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var first = 0;
        var periodEnd = problem.ReferencePeriodEnd ?? problem.End;
        while (first < problem.Weeks)
        {
            var count = Math.Clamp((Period.DaysBetween(problem.Start.PlusDays(7 * first), periodEnd) / 7) + 1, 1, problem.Weeks - first);
            yield return (first, count, periodEnd);
            first += count;
            periodEnd = problem.ReferencePeriodWeeks > 0 ? periodEnd.PlusWeeks(problem.ReferencePeriodWeeks) : problem.End;
        }
    }

    private static IEnumerable<LocalDate> WeekDates(RotaProblem problem, int w) => Enumerable.Range(0, 7).Select(d => problem.Start.PlusDays((7 * w) + d));
}
