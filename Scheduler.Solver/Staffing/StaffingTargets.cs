namespace Scheduler.Solver.Staffing;

/// <summary>What a channel promises its callers; an agent count is enough when it meets every target at once.</summary>
/// <param name="ServiceLevel">Fraction of calls to answer within <paramref name="AnswerWithinSeconds"/>, from 0 to 1 (0.8 for "80 %").</param>
/// <param name="AnswerWithinSeconds">The service-level threshold T in seconds, 0 or more.</param>
/// <param name="MaxAverageSpeedOfAnswerSeconds">Upper bound on the mean wait over all calls, or null for none.</param>
/// <param name="MaxOccupancy">Upper bound on agent occupancy, in (0, 1], or null for none.</param>
/// <param name="MaxAbandonment">Upper bound on the fraction of callers who hang up, or null; checked with Erlang A only when the channel states a mean patience.</param>
public sealed record StaffingTargets(
    double ServiceLevel,
    double AnswerWithinSeconds,
    double? MaxAverageSpeedOfAnswerSeconds = null,
    double? MaxOccupancy = null,
    double? MaxAbandonment = null)
{
    /// <summary>Throws when a target is outside its range.</summary>
    public StaffingTargets Validated()
    {
        Check(ServiceLevel is >= 0 and <= 1, nameof(ServiceLevel), "between 0 and 1");
        Check(double.IsFinite(AnswerWithinSeconds) && AnswerWithinSeconds >= 0, nameof(AnswerWithinSeconds), "0 or more seconds");
        Check(MaxAverageSpeedOfAnswerSeconds is null or >= 0, nameof(MaxAverageSpeedOfAnswerSeconds), "0 or more seconds");
        Check(MaxOccupancy is null or (> 0 and <= 1), nameof(MaxOccupancy), "more than 0 and at most 1");
        Check(MaxAbandonment is null or (>= 0 and <= 1), nameof(MaxAbandonment), "between 0 and 1");
        return this;
    }

    private static void Check(bool valid, string name, string range)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(name, $"{name} must be {range}.");
        }
    }
}
