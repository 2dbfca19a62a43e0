using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>
/// The fairness no rota can avoid when shifts are carried from before the horizon (<see cref="RotaProblem.FairnessFrom"/>):
/// a person's count only grows, by at most one a counted day of the horizon (a day worked, or a day away credited with
/// what the others work, which is at most one), so a group's spread is at least its carried spread less those days. A week
/// without a public holiday cannot even out the one some worked in the weeks before; a full-timer with 2 weekend days
/// carried cannot catch up with one who has 6 in a week of 2. The relaxations price no fairness when shifts are carried
/// (the columns none at all, the pooled model its one step per uneven group only without history), so this is added to
/// theirs; the managers' day relaxation prices their spreads itself and takes none of it.
/// </summary>
internal static class CarriedSpread
{
    /// <summary>The least fairness cost of the groups of the roles kept, from the carried counts alone; 0 when nothing is carried.</summary>
    public static int Least(RotaProblem problem, Func<StaffRole, bool> roles)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(roles);
        var weight = problem.Weights.Fairness;
        if (weight <= 0 || !problem.CarriesFairness)
        {
            return 0;
        }

        var carried = new CarriedCounts(problem, problem.Staff, problem.FairnessFrom);
        var dates = problem.Dates.ToList();
        var weekendDays = dates.Count(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        var holidays = dates.Count(problem.Holidays.Contains);
        var steps = 0;
        foreach (var group in FairnessTerm.Groups(problem.Staff).Where(g => roles(g.Key.Role)))
        {
            steps += Unavoidable(group, carried.Weekends, weekendDays);
            steps += Unavoidable(group, carried.LateShifts, dates.Count);
            steps += Unavoidable(group, carried.Holidays, holidays);
        }

        return weight * steps;
    }

    /// <summary>The spread left when the lowest carried count gains a count on every counted day and the highest none.</summary>
    private static int Unavoidable(IEnumerable<int> group, Func<int, int> carried, int countedDays)
    {
        var counts = group.Select(carried).ToList();
        return Math.Max(0, counts.Max() - counts.Min() - countedDays);
    }
}
