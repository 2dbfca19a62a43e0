namespace Scheduler.Solver.Domain;

/// <summary>A work contract, in whole minutes per week.</summary>
/// <param name="WeeklyMinutes">Contract hours per week, in minutes (35 h = 2100).</param>
/// <param name="ExtraMinutesAllowed">
/// For a part-timer: extra hours ("heures complémentaires") the manager allows per week, in minutes.
/// Never more than 10 % of the contract (L3123-28) and never enough to reach 35 h (L3123-9); 0 for full-timers.
/// </param>
public sealed record Contract(int WeeklyMinutes, int ExtraMinutesAllowed = 0)
{
    /// <summary>The French legal working week, 35 h, in minutes.</summary>
    public const int FullTimeWeeklyMinutes = 35 * 60;

    public bool IsFullTime => WeeklyMinutes >= FullTimeWeeklyMinutes;

    public static Contract FullTime() => new(FullTimeWeeklyMinutes);

    public static Contract PartTime(int weeklyHours, int extraMinutesAllowed = 0) => new(weeklyHours * 60, extraMinutesAllowed);
}
