namespace Scheduler.Solver.Staffing;

/// <summary>Shrinkage: the share of paid time in which a scheduled agent cannot take calls (meetings, training, short absences).</summary>
public static class Shrinkage
{
    /// <summary>Agents to schedule so that <paramref name="agents"/> are on the phone: ⌈agents / (1 − shrinkage)⌉.</summary>
    /// <param name="shrinkage">From 0 (inclusive) to 1 (exclusive).</param>
    public static int ScheduledAgents(int agents, double shrinkage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        if (!(shrinkage is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(shrinkage), shrinkage, "Shrinkage must be at least 0 and less than 1.");
        }

        // 14 / (1 − 0.3) is 20.000000000000004 in binary floating point; the tolerance keeps an exact quotient exact.
        return (int)Math.Ceiling((agents / (1 - shrinkage)) - 1e-9);
    }
}
