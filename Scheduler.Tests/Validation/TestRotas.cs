using NodaTime;
using NodaTime.Text;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Validation;

/// <summary>Tiny hand-made problems and shifts for the validator and format tests.</summary>
internal static class TestRotas
{
    /// <summary>Monday 2 March 2026, the 3133 line's first full week.</summary>
    public static readonly LocalDate Monday = new(2026, 3, 2);

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static StaffMember Listener(string id, int weeklyHours = 35, int extraMinutes = 0, bool trained = true, LocalDate? qualifiedUntil = null, params Absence[] absences) =>
        new(id, "Listener " + id, StaffRole.Listener, new Contract(weeklyHours * 60, extraMinutes), ["phone"], trained, qualifiedUntil, absences, []);

    public static StaffMember Manager(string id) =>
        new(id, "Manager " + id, StaffRole.Manager, Contract.FullTime(), ["phone"], true, null, [], []);

    /// <summary>A problem open 9:00–20:00 every day of the horizon, no demand beyond the floor minimum.</summary>
    public static RotaProblem Problem(
        IReadOnlyList<StaffMember> staff,
        int weeks = 1,
        LocalDate? start = null,
        RuleSettings? rules = null,
        IReadOnlyList<Assignment>? history = null,
        IReadOnlyList<Assignment>? pinned = null,
        string open = "09:00",
        string close = "20:00")
    {
        var first = start ?? Monday;
        var opening = Enumerable.Range(0, 7 * weeks)
            .Select(d => new OpeningHours(first.PlusDays(d), Time(open), Time(close)))
            .ToList();
        return new RotaProblem(first, weeks, staff, opening, [], history ?? [], [], pinned ?? [], rules ?? RuleSettings.Default, SoftWeights.Default);
    }

    /// <summary>A problem whose cover rules are off, so that per-person rules can be tested with one person.</summary>
    public static RotaProblem PersonProblem(StaffMember person, int weeks = 1, LocalDate? start = null, IReadOnlyList<Assignment>? history = null, RuleSettings? rules = null) =>
        Problem([person], weeks, start, (rules ?? RuleSettings.Default) with { MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 0 }, history);

    public static Assignment Shift(string id, LocalDate date, string start, string end, string? breakStart = null, string? breakEnd = null) =>
        new(id, date, Time(start), Time(end), breakStart is null ? null : Time(breakStart), breakEnd is null ? null : Time(breakEnd));

    /// <summary>A 7 h paid shift 9:00–16:45 with a 45 min break 12:00–12:45.</summary>
    public static Assignment SevenHours(string id, LocalDate date) => Shift(id, date, "09:00", "16:45", "12:00", "12:45");

    /// <summary>Five 7 h shifts Monday to Friday of the week starting <paramref name="monday"/>: a legal 35 h week.</summary>
    public static IEnumerable<Assignment> FullTimeWeek(string id, LocalDate monday) =>
        Enumerable.Range(0, 5).Select(d => SevenHours(id, monday.PlusDays(d)));

    public static LocalTime Time(string text) => TimePattern.Parse(text).Value;
}
