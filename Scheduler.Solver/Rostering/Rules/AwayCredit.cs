using System.Numerics;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// The fairness credit for a person's dates away inside the horizon, as <see cref="AbsenceCredit"/> gives it for the weeks
/// before: on each date away, what the people of their group present that date work on average, summed over the dates and
/// rounded to a whole count. Inside the horizon those shifts are the model's to choose, so the credit is an expression of
/// them. Without it, someone on leave for a week of a four-week rota was handed the other weeks' weekends until level,
/// and someone away on the week's weekend set the group's minimum whatever the others worked.
/// </summary>
internal static class AwayCredit
{
    /// <summary>Largest common denominator of the dates' averages; beyond it, dates with different counts present are rounded apart.</summary>
    private const long MostScale = 10_000_000;

    /// <param name="staff">Everyone in the model, by index.</param>
    /// <param name="group">The people compared with <paramref name="person"/> (<see cref="FairnessTerm.Groups"/>).</param>
    /// <param name="counted">The days the count covers (weekend days, open days or holidays).</param>
    /// <param name="worked">1 when a person (by index) counts on a day (by index): works it, or ends it at closing.</param>
    public static LinearExpr Of(CpModel model, IReadOnlyList<StaffMember> staff, int person, IEnumerable<int> group, IEnumerable<DayGrid> counted, Func<int, int, LinearExpr> worked)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(staff);
        var byPresent = counted.Where(d => !staff[person].IsAvailableOn(d.Date))
            .Select(d => (Day: d, Present: group.Where(q => staff[q].IsAvailableOn(d.Date)).ToList()))
            .Where(x => x.Present.Count > 0)
            .GroupBy(x => x.Present.Count)
            .ToList();
        if (byPresent.Count == 0)
        {
            return LinearExpr.Constant(0);
        }

        return Scale(byPresent) <= MostScale
            ? Rounded(model, byPresent, worked)
            : LinearExpr.Sum(byPresent.Select(g => Rounded(model, [g], worked)));
    }

    /// <summary>round(Σ over the dates of the present people's count / how many they are), half away from zero.</summary>
    private static IntVar Rounded(CpModel model, IReadOnlyList<IGrouping<int, (DayGrid Day, List<int> Present)>> dates, Func<int, int, LinearExpr> worked)
    {
        var scale = Scale(dates);
        var sum = LinearExpr.NewBuilder();
        var count = 0;
        foreach (var g in dates)
        {
            foreach (var (day, present) in g)
            {
                count++;
                foreach (var q in present)
                {
                    sum.AddTerm(worked(q, day.Index), scale / g.Key);
                }
            }
        }

        // credit = floor((2 × sum + scale) / (2 × scale)).
        var credit = model.NewIntVar(0, count, "away_credit");
        model.Add((2 * scale * credit) <= (2 * sum) + scale);
        model.Add((2 * sum) + scale <= (2 * scale * credit) + (2 * scale) - 1);
        return credit;
    }

    /// <summary>The least common multiple of the numbers present: the common denominator of the dates' averages.</summary>
    private static long Scale(IEnumerable<IGrouping<int, (DayGrid Day, List<int> Present)>> dates) =>
        dates.Aggregate(1L, (l, g) => l / (long)BigInteger.GreatestCommonDivisor(l, g.Key) * g.Key);
}
