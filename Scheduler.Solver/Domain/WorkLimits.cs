namespace Scheduler.Solver.Domain;

/// <summary>
/// A person's work-pattern limits over the horizon (hard rules); null or absent means no limit. Blocks of days that touch
/// the first or last date of the horizon are exempt from the minimums, since the days beyond are unknown.
/// </summary>
public sealed record WorkLimits
{
    private static readonly Dictionary<string, int> NoShiftLimits = [];

    /// <summary>Most working days in a row (history before the horizon included when given).</summary>
    public int? MaxConsecutiveWorkDays { get; init; }

    /// <summary>Fewest working days in a block between two days off.</summary>
    public int? MinConsecutiveWorkDays { get; init; }

    /// <summary>Fewest days off in a block between two working days.</summary>
    public int? MinConsecutiveDaysOff { get; init; }

    /// <summary>Most weekends worked over the horizon; a weekend counts when its Saturday or Sunday is worked.</summary>
    public int? MaxWeekends { get; init; }

    /// <summary>Per shift definition id, the most dates it may be worked over the horizon (0: never).</summary>
    /// <remarks>The default is one shared empty table, so that two default limits stay equal as records.</remarks>
    public IReadOnlyDictionary<string, int> MaxShiftsPerDefinition { get; init; } = NoShiftLimits;

    /// <summary>Fewest paid minutes over the horizon.</summary>
    public int? MinWorkedMinutes { get; init; }

    /// <summary>Most paid minutes over the horizon.</summary>
    public int? MaxWorkedMinutes { get; init; }

    /// <summary>True when any limit is set.</summary>
    public bool Any =>
        MaxConsecutiveWorkDays is not null || MinConsecutiveWorkDays is not null || MinConsecutiveDaysOff is not null
        || MaxWeekends is not null || MaxShiftsPerDefinition.Count > 0 || MinWorkedMinutes is not null || MaxWorkedMinutes is not null;

    public static WorkLimits None { get; } = new();
}
