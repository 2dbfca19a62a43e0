using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;
using Scheduler.Solver.Validation;

namespace Scheduler.Solver.Reporting;

/// <summary>
/// What a manager reads beside a rota: cover per open slot against need, paid hours per person per week,
/// listener-hours missing per day, and what fairness compares per person. Computed from the rota alone, with no
/// reference to the solver.
/// </summary>
public sealed record RotaReport(IReadOnlyList<SlotCoverage> Coverage, IReadOnlyList<WeeklyHours> Hours, IReadOnlyList<DailyShortfall> Shortfalls)
{
    /// <summary>Per person, the weekend days, late shifts and holidays worked from <see cref="CountedFrom"/> to the horizon's end.</summary>
    public IReadOnlyList<FairnessCounts> Fairness { get; init; } = [];

    /// <summary>The first date <see cref="Fairness"/> counts: the problem's <see cref="RotaProblem.FairnessFrom"/>, or its start.</summary>
    public LocalDate CountedFrom { get; init; }

    /// <summary>Total listener-hours missing over the horizon.</summary>
    public double MissingListenerHours => Shortfalls.Sum(s => s.ListenerHours);

    /// <summary>Open slots with fewer trained listeners than needed.</summary>
    public int UncoveredSlots => Coverage.Count(c => c.Shortfall > 0);

    public static RotaReport Build(RotaProblem problem, IReadOnlyList<Assignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(assignments);
        var coverage = BuildCoverage(problem, assignments);
        var shortfalls = coverage.GroupBy(c => c.Date)
            .Select(day => new DailyShortfall(day.Key, day.Sum(c => c.Shortfall * c.Length.TotalHours), day.Count(c => c.Shortfall > 0)))
            .ToList();
        var from = problem.FairnessFrom ?? problem.Start;
        return new RotaReport(coverage, BuildHours(problem, assignments), shortfalls)
        {
            Fairness = BuildFairness(problem, [.. problem.History.Where(a => a.Date >= from && a.Date < problem.Start), .. assignments.Where(a => a.Date >= problem.Start && a.Date <= problem.End)], from),
            CountedFrom = from,
        };
    }

    /// <summary>
    /// Counted as the model's fairness terms count: days worked (one per date), shifts ending at that date's closing, and
    /// the credit for dates away, before the horizon and inside it (each rounded apart, as the model does).
    /// </summary>
    private static List<FairnessCounts> BuildFairness(RotaProblem problem, IReadOnlyList<Assignment> counted, LocalDate from)
    {
        var closing = problem.Opening.GroupBy(o => o.Date).ToDictionary(g => g.Key, g => g.First().Close);
        var before = AbsenceCredit.Of(problem, problem.Staff, from);
        var inside = AbsenceCredit.Of(problem, problem.Staff, problem.Start, problem.End.PlusDays(1), counted);
        var credit = before.Zip(inside, (a, b) => a + b).ToArray();
        return [.. problem.Staff.Select((person, p) =>
        {
            var shifts = counted.Where(a => a.StaffId == person.Id).ToList();
            var dates = shifts.Select(a => a.Date).Distinct().ToList();
            return new FairnessCounts(
                person.Id,
                dates.Count(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) + credit[p].WeekendDays,
                shifts.Count(a => closing.TryGetValue(a.Date, out var close) && a.End == close) + credit[p].LateShifts,
                dates.Count(problem.Holidays.Contains) + credit[p].Holidays)
            {
                Credited = credit[p],
            };
        })];
    }

    private static List<SlotCoverage> BuildCoverage(RotaProblem problem, IReadOnlyList<Assignment> assignments)
    {
        var staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var demand = problem.Demand
            .GroupBy(d => (d.Date, Minute: Slots.MinuteOfDay(d.Start)))
            .ToDictionary(g => g.Key, g => g.Sum(d => d.RequiredListeners));
        var coverage = new List<SlotCoverage>();
        foreach (var opening in problem.Opening.Where(o => o.Date >= problem.Start && o.Date <= problem.End).OrderBy(o => o.Date))
        {
            var onDate = assignments.Where(a => a.Date == opening.Date && staff.ContainsKey(a.StaffId)).ToList();
            foreach (var (start, end) in Slots.Open(opening, problem.Rules.SlotLength))
            {
                var onDuty = onDate.Where(a => Slots.OnDutyThroughout(a, start, end)).Select(a => staff[a.StaffId]).ToList();
                var asked = demand.GetValueOrDefault((opening.Date, start));
                coverage.Add(new SlotCoverage(
                    opening.Date,
                    Slots.AtMinute(start),
                    Slots.AtMinute(end),
                    asked,
                    Math.Max(asked, problem.Rules.MinTrainedListenersOnDuty),
                    onDuty.Count(p => p.CountsAsTrainedListenerOn(opening.Date)),
                    onDuty.Count(p => p.Role == StaffRole.Manager)));
            }
        }

        return coverage;
    }

    private static List<WeeklyHours> BuildHours(RotaProblem problem, IReadOnlyList<Assignment> assignments) =>
        (from person in problem.Staff
         from week in Enumerable.Range(0, problem.Weeks)
         let monday = problem.Start.PlusWeeks(week)
         let shifts = assignments.Where(a => a.StaffId == person.Id && a.Date >= monday && a.Date <= monday.PlusDays(6)).ToList()
         select new WeeklyHours(
             person.Id,
             monday,
             shifts.Aggregate(NodaTime.Duration.Zero, (sum, a) => sum + a.PaidTime),
             ContractTarget.ForWeek(person, monday),
             shifts.Count)).ToList();
}
