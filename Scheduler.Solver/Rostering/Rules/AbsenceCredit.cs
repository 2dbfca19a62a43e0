using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Fairness compares what people worked since <see cref="RotaProblem.FairnessFrom"/>. Someone away for part of that window
/// (leave, sickness, training, not yet on the platform) has fewer weekends and late shifts to show, and the spread would
/// then hand them the next ones until they are level: a week of catching up after each leave. So each date away in the
/// window counts what the people of the same group (<see cref="FairnessTerm.Groups"/>) present that date worked on
/// average, as if the time away had been a typical stretch of work. Here the shifts are known: the weeks before the
/// horizon, or a rota's own weeks when reporting it; while solving, <see cref="AwayCredit"/> credits the horizon's dates.
/// </summary>
internal static class AbsenceCredit
{
    /// <param name="staff">The people compared, by the index the credit is read with.</param>
    /// <param name="from">The first date fairness counts (null: nothing is carried, so nothing is credited).</param>
    /// <returns>Per person, the counts credited for their dates away (rounded to whole days and shifts).</returns>
    public static FairnessLoad[] Of(RotaProblem problem, IReadOnlyList<StaffMember> staff, LocalDate? from)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Of(problem, staff, from ?? problem.Start, problem.Start, problem.History);
    }

    /// <summary>The credit for the dates away from <paramref name="from"/> up to <paramref name="until"/> (excluded), <paramref name="known"/> holding the shifts worked then.</summary>
    public static FairnessLoad[] Of(RotaProblem problem, IReadOnlyList<StaffMember> staff, LocalDate from, LocalDate until, IEnumerable<Assignment> known)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(known);
        var weekend = new double[staff.Count];
        var late = new double[staff.Count];
        var holidays = new double[staff.Count];
        var closing = problem.Opening.GroupBy(o => o.Date).ToDictionary(g => g.Key, g => g.First().Close);
        var shifts = known.Where(a => a.Date >= from && a.Date < until).ToLookup(a => (a.StaffId, a.Date));
        var groups = FairnessTerm.Groups(staff);
        for (var date = from; date < until; date = date.PlusDays(1))
        {
            var isWeekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var isHoliday = problem.Holidays.Contains(date);
            foreach (var group in groups)
            {
                var present = group.Where(p => staff[p].IsAvailableOn(date)).ToList();

                // A shift published on a date away (the absence recorded afterwards) was worked: it counts, not the credit.
                var away = group.Where(p => !staff[p].IsAvailableOn(date) && !shifts[(staff[p].Id, date)].Any()).ToList();
                if (present.Count == 0 || away.Count == 0)
                {
                    continue;
                }

                var worked = (double)present.Count(p => shifts[(staff[p].Id, date)].Any()) / present.Count;
                var endedLate = (double)present.Count(p => shifts[(staff[p].Id, date)].Any(a => closing.TryGetValue(date, out var close) && a.End == close)) / present.Count;
                foreach (var p in away)
                {
                    weekend[p] += isWeekend ? worked : 0;
                    holidays[p] += isHoliday ? worked : 0;
                    late[p] += endedLate;
                }
            }
        }

        static int Whole(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
        return [.. Enumerable.Range(0, staff.Count).Select(p => new FairnessLoad(Whole(weekend[p]), Whole(late[p]), Whole(holidays[p])))];
    }
}
