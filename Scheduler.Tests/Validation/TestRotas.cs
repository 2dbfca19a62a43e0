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

    /// <summary>
    /// A one-person problem with the cover rules off, so that a per-person rule can be tested alone. The person's contract is
    /// set to the rota's average paid time per week, so contract hours hold unless <paramref name="contract"/> says otherwise.
    /// </summary>
    public static RotaProblem Solo(
        IEnumerable<Assignment> rota,
        int weeks = 1,
        LocalDate? start = null,
        RuleSettings? rules = null,
        IReadOnlyList<Assignment>? history = null,
        Contract? contract = null,
        string open = "09:00",
        string close = "20:00",
        params Absence[] absences)
    {
        var first = start ?? Monday;
        var horizonMinutes = rota.Where(a => a.Date >= first && a.Date < first.PlusWeeks(weeks)).Sum(a => (int)a.PaidTime.TotalMinutes);
        var person = new StaffMember("ana", "Ana", StaffRole.Listener, contract ?? new Contract(horizonMinutes / weeks), ["phone"], true, null, absences, []);
        var solo = (rules ?? RuleSettings.Default) with { MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 0 };
        return Problem([person], weeks, first, solo, history, null, open, close);
    }

    public static Assignment Shift(string id, LocalDate date, string start, string end, string? breakStart = null, string? breakEnd = null) =>
        new(id, date, Time(start), Time(end), breakStart is null ? null : Time(breakStart), breakEnd is null ? null : Time(breakEnd));

    /// <summary>
    /// A shift of <paramref name="paidHours"/> starting at <paramref name="start"/>: without a break for whole or half hours under 6 h,
    /// otherwise (5 h 15, 5 h 45, 6 h 15, ...) 45 minutes longer with its break three hours after the start.
    /// </summary>
    public static Assignment Paid(string id, LocalDate date, double paidHours, string start = "09:00")
    {
        var from = Time(start);
        if (paidHours < 6 && paidHours * 2 == Math.Floor(paidHours * 2))
        {
            return new Assignment(id, date, from, from.PlusMinutes((long)(paidHours * 60)));
        }

        var breakStart = from.PlusHours(3);
        return new Assignment(id, date, from, from.PlusMinutes((long)((paidHours + 0.75) * 60)), breakStart, breakStart.PlusMinutes(45));
    }

    /// <summary>Shifts of the given paid hours on consecutive dates from <paramref name="first"/>, all starting at 9:00.</summary>
    public static IEnumerable<Assignment> Days(string id, LocalDate first, params double[] paidHours) =>
        paidHours.Select((hours, d) => Paid(id, first.PlusDays(d), hours));

    /// <summary>A legal 35 h week Monday to Friday: 8 h, 8 h 30, 8 h, 8 h 30 with 45 min breaks, then 5 h.</summary>
    public static IEnumerable<Assignment> FullTimeWeek(string id, LocalDate monday) => Days(id, monday, 7.25, 7.75, 7.25, 7.75, 5);

    public static LocalTime Time(string text) => TimePattern.Parse(text).Value;
}
