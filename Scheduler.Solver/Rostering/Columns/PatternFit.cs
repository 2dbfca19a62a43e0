using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// How badly a week's pattern fits the pins of the person who takes it, when the columns plan a horizon without its pins
/// (see <see cref="ColumnPath.Solve"/>): what the repair will have to undo. Paid time the pattern has more or less than
/// the pins costs the most, since the person's contract then moves hours to other dates, where someone else has to cover
/// or give way; a day off where a pin works costs a day as well, another shift that date a move. In half-hours short (the
/// under-coverage weight), so a pin outweighs the fairness it may cost. On the 3133 over 4 weeks with 3 pins, laid
/// without this a listener pinned on a Saturday from 9:00 to 16:30 got the week's pattern working 9:00–13:00 there.
/// </summary>
internal sealed class PatternFit
{
    private readonly Dictionary<(int Person, int Week), List<(int Day, int? Template, int PaidMinutes)>> pinned = [];
    private readonly RotaGrid grid;
    private readonly long halfHour;

    public PatternFit(RotaProblem problem, RotaGrid grid, IReadOnlyList<Assignment> pins)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(pins);
        this.grid = grid;
        halfHour = problem.Weights.UnderCoverage;
        var index = problem.Staff.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var pin in pins)
        {
            if (!index.TryGetValue(pin.StaffId, out var person) || grid.DayIndex(pin.Date) is not { } day)
            {
                continue;
            }

            var key = (person, day / 7);
            if (!pinned.TryGetValue(key, out var days))
            {
                pinned[key] = days = [];
            }

            var template = grid.Find(day, pin.Start, pin.End);
            var unpaid = pin is { BreakStart: { } b, BreakEnd: { } e } ? NodaTime.Period.Between(b, e).ToDuration().TotalMinutes : 0;
            var paid = template?.PaidMinutes ?? (int)(NodaTime.Period.Between(pin.Start, pin.End).ToDuration().TotalMinutes - unpaid);
            days.Add((day % 7, template?.Index, paid));
        }
    }

    /// <summary>True when the person (index of staff) has a pin in the horizon.</summary>
    public bool Pins(int person) => pinned.Keys.Any(k => k.Person == person);

    /// <summary>What the person's pins in week <paramref name="week"/> cost the repair if they take <paramref name="pattern"/>.</summary>
    public long Cost(int person, int week, WeekPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pinned.TryGetValue((person, week), out var days))
        {
            return 0;
        }

        var cost = 0L;
        var paidDifference = 0;
        foreach (var (day, template, paid) in days)
        {
            if (pattern.Templates[day] == template && template is not null)
            {
                continue;
            }

            var worked = pattern.Works(day) ? grid.Days[(7 * week) + day].Templates[pattern.Templates[day]].PaidMinutes : 0;
            paidDifference += paid - worked;
            cost += pattern.Works(day) ? halfHour / 4 : halfHour;
        }

        return cost + (halfHour / 2 * Math.Abs(paidDifference) / grid.SlotMinutes);
    }
}
