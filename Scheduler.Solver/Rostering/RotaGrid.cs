using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The horizon on the time grid: one <see cref="DayGrid"/> per date with its catalogue of shift templates
/// (every start and length on the grid inside opening hours, from the minimum to the maximum shift length, or the problem's
/// named <see cref="RotaProblem.Shifts"/> that fit inside opening hours when it has some),
/// plus any pinned shift the catalogue lacks, so that rules can name the conflict instead of losing the pin.
/// </summary>
public sealed class RotaGrid
{
    private RotaGrid(RotaProblem problem, IReadOnlyList<DayGrid> days, int breakMinutes)
    {
        Problem = problem;
        Days = days;
        BreakMinutes = breakMinutes;
        BreakOffSlots = (breakMinutes + SlotMinutes - 1) / SlotMinutes;
    }

    /// <summary>The longest horizon the solver accepts, in weeks.</summary>
    public const int MaxWeeks = 52;

    public RotaProblem Problem { get; }

    public IReadOnlyList<DayGrid> Days { get; }

    public int SlotMinutes => (int)Problem.Rules.SlotLength.TotalMinutes;

    /// <summary>The unpaid break placed in a long shift: the configured length, never under the legal 20 minutes.</summary>
    public int BreakMinutes { get; }

    /// <summary>
    /// Slots a break takes off the floor: a half-hour counts a person as on duty only if on duty the whole half-hour,
    /// so a 45-minute break starting on the grid removes two slots from coverage while only 45 minutes go unpaid.
    /// </summary>
    public int BreakOffSlots { get; }

    public int WeekCount => Problem.Weeks;

    public IEnumerable<DayGrid> Week(int week) => Days.Skip(7 * week).Take(7);

    public static RotaGrid Build(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Start.DayOfWeek != IsoDayOfWeek.Monday)
        {
            throw new ArgumentException($"The horizon must start on a Monday, not on {problem.Start.DayOfWeek}.", nameof(problem));
        }

        // The product's API and pages keep the 3133 at 1 to 6 weeks; the solver itself plans up to a year (benchmarks, what-ifs).
        if (problem.Weeks is < 1 or > MaxWeeks)
        {
            throw new ArgumentException($"The horizon is 1 to {MaxWeeks} whole weeks.", nameof(problem));
        }

        if (problem.Shifts.GroupBy(s => s.Id, StringComparer.Ordinal).Any(g => g.Count() > 1)
            || problem.Shifts.GroupBy(s => (s.Start, s.End)).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Shift definitions need distinct ids and distinct (start, end): a worked shift is read back by its times.", nameof(problem));
        }

        var rules = problem.Rules;
        var slot = (int)rules.SlotLength.TotalMinutes;
        var breakMinutes = (int)Math.Max(rules.BreakLength.TotalMinutes, rules.MinBreakLength.TotalMinutes);
        var opening = problem.Opening.ToDictionary(o => o.Date);
        var pinsByDate = problem.Pinned.ToLookup(a => a.Date);
        var days = new List<DayGrid>();
        foreach (var (date, index) in problem.Dates.Select((d, i) => (d, i)))
        {
            var (open, close) = opening.TryGetValue(date, out var hours)
                ? (ToSlot(hours.Open, slot), hours.Close == LocalTime.Midnight ? 24 * 60 / slot : ToSlot(hours.Close, slot))
                : (0, 0);
            var templates = problem.Shifts.Count > 0
                ? NamedTemplates(problem.Shifts, open, close, rules, slot, breakMinutes)
                : GridTemplates(open, close, rules, slot, breakMinutes);

            // A pin off the grid cannot be kept as a shift of the grid (the problem file rejects one; see PinnedRule).
            foreach (var pin in pinsByDate[date])
            {
                var (start, end) = (SlotOf(pin.Start, slot), pin.End == LocalTime.Midnight ? 24 * 60 / slot : SlotOf(pin.End, slot));
                if (start is { } first && end is { } last && last > first && !templates.Any(t => t.StartSlot == first && t.EndSlot == last))
                {
                    templates.Add(MakeTemplate(templates.Count, first, last - first, false, rules, slot, breakMinutes));
                }
            }

            days.Add(new DayGrid(index, date, open, Math.Max(open, close), templates, slot));
        }

        return new RotaGrid(problem, days, breakMinutes);
    }

    private static List<ShiftTemplate> GridTemplates(int open, int close, RuleSettings rules, int slot, int breakMinutes)
    {
        var templates = new List<ShiftTemplate>();
        var minLength = (int)(rules.MinShiftLength.TotalMinutes / slot);
        var maxLength = (int)(rules.MaxShiftLength.TotalMinutes / slot);
        var lengthStep = Math.Max(1, (int)(rules.ShiftLengthStep.TotalMinutes / slot));
        var startStep = Math.Max(1, (int)(rules.ShiftStartStep.TotalMinutes / slot));
        for (var start = open; start + minLength <= close; start++)
        {
            // Starts on the step counted from opening, or from closing, so that the last slots can always be staffed.
            if ((start - open) % startStep != 0 && (close - start) % startStep != 0)
            {
                continue;
            }

            for (var length = minLength; length <= maxLength && start + length <= close; length += lengthStep)
            {
                templates.Add(MakeTemplate(templates.Count, start, length, true, rules, slot, breakMinutes));
            }
        }

        return templates;
    }

    /// <summary>The named definitions that fit inside the opening, in catalogue order, each carrying its id.</summary>
    private static List<ShiftTemplate> NamedTemplates(IReadOnlyList<ShiftDefinition> shifts, int open, int close, RuleSettings rules, int slot, int breakMinutes)
    {
        var templates = new List<ShiftTemplate>();
        foreach (var definition in shifts)
        {
            var start = ToSlot(definition.Start, slot);
            var length = (int)(definition.Length.TotalMinutes / slot);
            if (length * slot != (int)definition.Length.TotalMinutes || length <= 0)
            {
                throw new ArgumentException($"Shift {definition.Id} lasts {definition.Length.TotalMinutes} minutes, not a whole number of {slot}-minute slots.", nameof(shifts));
            }

            if (start >= open && start + length <= close)
            {
                templates.Add(MakeTemplate(templates.Count, start, length, true, rules, slot, breakMinutes) with { DefinitionId = definition.Id });
            }
        }

        return templates;
    }

    /// <summary>The day's shift from <paramref name="start"/> to <paramref name="end"/>, or null (none such, or off the grid: a shift edited by hand to 9:15 can only be replaced).</summary>
    public ShiftTemplate? Find(int day, LocalTime start, LocalTime end)
    {
        var s = SlotOf(start, SlotMinutes);
        var e = end == LocalTime.Midnight ? 24 * 60 / SlotMinutes : SlotOf(end, SlotMinutes);
        return s is null || e is null ? null : Days[day].Templates.FirstOrDefault(t => t.StartSlot == s && t.EndSlot == e);
    }

    public int? DayIndex(LocalDate date)
    {
        var offset = Period.Between(Problem.Start, date, PeriodUnits.Days).Days;
        return offset >= 0 && offset < Days.Count ? offset : null;
    }

    public static int ToSlot(LocalTime time, int slotMinutes) =>
        SlotOf(time, slotMinutes) ?? throw new ArgumentException($"{time:HH:mm} is not on the {slotMinutes}-minute grid.", nameof(time));

    /// <summary>The slot starting at <paramref name="time"/>, or null when the time is off the grid.</summary>
    public static int? SlotOf(LocalTime time, int slotMinutes)
    {
        var minutes = (time.Hour * 60) + time.Minute;
        return minutes % slotMinutes != 0 || time.Second != 0 ? null : minutes / slotMinutes;
    }

    private static ShiftTemplate MakeTemplate(int index, int start, int length, bool catalogue, RuleSettings rules, int slot, int breakMinutes)
    {
        var needsBreak = length * slot >= rules.BreakThreshold.TotalMinutes;
        var margin = (int)rules.BreakMargin.TotalMinutes;
        var earliest = needsBreak ? start + ((margin + slot - 1) / slot) : -1;
        var latest = needsBreak ? ((((start + length) * slot) - margin - breakMinutes) / slot) : -2;
        var paid = (length * slot) - (needsBreak ? breakMinutes : 0);
        return new ShiftTemplate(index, start, length, paid, needsBreak, earliest, latest, catalogue);
    }
}
