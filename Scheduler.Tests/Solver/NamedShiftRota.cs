using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>
/// Small problems with a named catalogue, an early shift E (07:00–15:00) and a late shift L (14:00–22:00), open 06:00–23:00
/// every day, and French-law and floor rules off, so that each work-pattern rule can be tested alone.
/// </summary>
internal static class NamedShiftRota
{
    public static ShiftDefinition Early { get; } = new("E", new LocalTime(7, 0), Duration.FromHours(8));

    public static ShiftDefinition Late { get; } = new("L", new LocalTime(14, 0), Duration.FromHours(8));

    /// <summary>Only the rule under test bites: no rest, day-off, weekly-hour, break or floor rule.</summary>
    public static RuleSettings PatternRules { get; } = QuietRules with
    {
        MinDailyRest = Duration.Zero,
        MinWeeklyRest = Duration.Zero,
        MinDaysOffPerWeek = 0,
        MaxWorkingDaysInSeven = 7,
        MaxWeeklyWork = Duration.FromDays(7),
        MaxAverageWeeklyWork = Duration.FromDays(7),
        BreakThreshold = Duration.FromHours(24),
    };

    public static RotaProblem Problem(IReadOnlyList<StaffMember> staff, int weeks = 1, RuleSettings? rules = null) =>
        new RotaProblem(
            Monday,
            weeks,
            staff,
            [.. Enumerable.Range(0, 7 * weeks).Select(d => new OpeningHours(Monday.PlusDays(d), new LocalTime(6, 0), new LocalTime(23, 0)))],
            [],
            [],
            [],
            [],
            rules ?? PatternRules,
            NoSoftGoals) { Shifts = [Early, Late] };

    public static StaffMember Person(string id, WorkLimits? limits = null, params int[] absentDays) =>
        Listener(id) with
        {
            Limits = limits ?? WorkLimits.None,
            Absences = [.. absentDays.Select(d => new Absence(Monday.PlusDays(d), Monday.PlusDays(d)))],
        };

    public static Assignment On(string staffId, int day, ShiftDefinition shift) =>
        new(staffId, Monday.PlusDays(day), shift.Start, shift.End);

    /// <summary>The problem with these shifts pinned.</summary>
    public static RotaProblem Pinning(this RotaProblem problem, params Assignment[] pins) => problem with { Pinned = pins };

    public static IReadOnlyList<int> DaysWorked(RotaSolution solution, string staffId) =>
        [.. solution.Assignments.Where(a => a.StaffId == staffId).Select(a => Period.Between(Monday, a.Date, PeriodUnits.Days).Days).Order()];
}
