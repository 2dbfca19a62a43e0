namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>A broken hard constraint of the benchmark.</summary>
/// <param name="Constraint">One of the <see cref="HardConstraints"/> names.</param>
/// <param name="Day">The day concerned (first day of a run), or null for a horizon-wide limit.</param>
public sealed record HardViolation(string Constraint, string? EmployeeId, int? Day, string Message);

/// <summary>The benchmark's objective recomputed from an assignment, term by term, and the hard constraints it breaks.</summary>
public sealed record Evaluation(int OnRequestPenalty, int OffRequestPenalty, int UnderCoverPenalty, int OverCoverPenalty, IReadOnlyList<HardViolation> Violations)
{
    /// <summary>The weighted sum the benchmark minimises; best-known values are on this scale.</summary>
    public int Objective => OnRequestPenalty + OffRequestPenalty + UnderCoverPenalty + OverCoverPenalty;

    public bool IsFeasible => Violations.Count == 0;
}

/// <summary>Names of the benchmark's hard constraints, as reported in <see cref="HardViolation.Constraint"/>.</summary>
public static class HardConstraints
{
    public const string UnknownId = "unknown-id";
    public const string OneShiftPerDay = "one-shift-per-day";
    public const string CannotFollow = "cannot-follow";
    public const string MaxShifts = "max-shifts";
    public const string MaxTotalMinutes = "max-total-minutes";
    public const string MinTotalMinutes = "min-total-minutes";
    public const string MaxConsecutiveShifts = "max-consecutive-shifts";
    public const string MinConsecutiveShifts = "min-consecutive-shifts";
    public const string MinConsecutiveDaysOff = "min-consecutive-days-off";
    public const string MaxWeekends = "max-weekends";
    public const string DayOff = "day-off";
}

/// <summary>
/// How minimum-length rules treat runs that touch the first or last day of the horizon.
/// The benchmark's sources disagree (see the README, Curtois and Qu section), so the evaluator can apply either reading.
/// </summary>
public enum HorizonEdges
{
    /// <summary>CQ14 as summarised by Kingston's NRConv: runs touching day 0 or day h − 1 never violate a minimum (unknown history).</summary>
    Exempt,

    /// <summary>The XCSP model's reading: a run is checked wherever it lies, the horizon's edges included.</summary>
    Checked,
}
