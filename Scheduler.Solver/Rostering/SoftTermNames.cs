namespace Scheduler.Solver.Rostering;

/// <summary>Names of the soft goals, as reported term by term in a solution.</summary>
public static class SoftTermNames
{
    public const string UnderCoverage = "under-coverage";
    public const string OverCoverage = "over-coverage";
    public const string FairWeekends = "fairness-weekends";
    public const string FairLateShifts = "fairness-late-shifts";
    public const string FairHolidays = "fairness-holidays";
    public const string ConsecutiveWeekends = "consecutive-weekends";
    public const string Preferences = "preferences";
    public const string StartTimeStability = "start-time-stability";
    public const string Changes = "changes";
    public const string ShiftUnderCover = "shift-under-cover";
    public const string ShiftOverCover = "shift-over-cover";
    public const string ShiftRequests = "shift-requests";
    public const string DeferredHours = "deferred-hours";
    public const string BackToBackWeekends = "back-to-back-weekends";

    /// <summary>Listener half-hours missing under the floor minimum, only when measuring a shortage.</summary>
    public const string FloorShortage = "floor-shortage";
}
