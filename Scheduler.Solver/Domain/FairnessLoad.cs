namespace Scheduler.Solver.Domain;

/// <summary>What fairness counts for one person: weekend days, late shifts (ending at closing) and public-holiday days.</summary>
public sealed record FairnessLoad(int WeekendDays, int LateShifts, int Holidays)
{
    public static FairnessLoad None { get; } = new(0, 0, 0);

    /// <summary>At least one weekend day (what runs of weekends count).</summary>
    public bool AnyWeekendDay => WeekendDays > 0;

    public static FairnessLoad operator +(FairnessLoad left, FairnessLoad right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.WeekendDays + right.WeekendDays, left.LateShifts + right.LateShifts, left.Holidays + right.Holidays);
    }

    public static FairnessLoad Add(FairnessLoad left, FairnessLoad right) => left + right;
}
