namespace Scheduler.Solver.Domain;

/// <summary>
/// The names of the hard rules, shared by the CP-SAT model, the validator and the explanations,
/// so that a violation and a conflict name the same rule.
/// </summary>
public static class RuleNames
{
    public const string ManagerCover = "manager-cover";
    public const string ListenerCover = "listener-cover";
    public const string OpeningHours = "opening-hours";
    public const string Availability = "availability";
    public const string OneShiftPerDay = "one-shift-per-day";
    public const string ShiftLength = "shift-length";
    public const string MaxDailyWork = "max-daily-work";
    public const string DailyRest = "daily-rest";
    public const string WeeklyRest = "weekly-rest";
    public const string DaysOffPerWeek = "days-off-per-week";
    public const string MaxWorkingDaysInSeven = "max-working-days-in-seven";
    public const string MaxWeeklyHours = "max-weekly-hours";
    public const string MaxAverageWeeklyHours = "max-average-weekly-hours";
    public const string ContractHours = "contract-hours";
    public const string PartTimeExtraHours = "part-time-extra-hours";
    public const string Break = "break";
    public const string Pinned = "pinned";
    public const string MaxConsecutiveWorkDays = "max-consecutive-work-days";
    public const string MinConsecutiveWorkDays = "min-consecutive-work-days";
    public const string MinConsecutiveDaysOff = "min-consecutive-days-off";
    public const string MaxWeekends = "max-weekends";
    public const string ShiftTypeLimit = "shift-type-limit";
    public const string WorkedMinutesRange = "worked-minutes-range";
    public const string ForbiddenSuccession = "forbidden-succession";
}
