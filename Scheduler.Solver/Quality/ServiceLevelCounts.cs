namespace Scheduler.Solver.Quality;

/// <summary>
/// Additive sums behind every service-level figure: the counts of an interval, a day or a month are the sums of their parts,
/// so stored half-hour counts roll up into any period without going back to the calls.
/// </summary>
/// <param name="Offered">Calls offered (every call, answered or not).</param>
/// <param name="Answered">Calls answered.</param>
/// <param name="AnsweredWithinTarget">Calls answered after waiting at most the channel's target.</param>
/// <param name="Abandoned">Calls never answered.</param>
/// <param name="ShortAbandoned">Abandoned sooner than the channel's short-abandon threshold.</param>
/// <param name="ExcludedShortAbandoned">Short abandons of channels that exclude them from the denominators.</param>
/// <param name="WaitSeconds">Sum of offered→answered over answered calls.</param>
/// <param name="HandlingSeconds">Sum of answered→ended over answered calls (whole calls, by the interval they were offered in).</param>
/// <param name="HandledSecondsInInterval">Listener time spent on calls inside the interval (calls clipped to it), for occupancy.</param>
/// <param name="OnDutyListenerSeconds">Listener-seconds on duty in the interval (listeners × seconds), for occupancy.</param>
public readonly record struct ServiceLevelCounts(
    int Offered,
    int Answered,
    int AnsweredWithinTarget,
    int Abandoned,
    int ShortAbandoned,
    int ExcludedShortAbandoned,
    double WaitSeconds,
    double HandlingSeconds,
    double HandledSecondsInInterval,
    double OnDutyListenerSeconds)
{
    public static ServiceLevelCounts Zero { get; }

    /// <summary>The counts of one call, by the settings of its channel.</summary>
    public static ServiceLevelCounts Of(CallRecord call, ChannelSettings settings)
    {
        if (call.WaitTime is { } wait)
        {
            return new ServiceLevelCounts(
                1, 1, wait <= settings.Target ? 1 : 0, 0, 0, 0, wait.TotalSeconds, call.HandlingTime!.Value.TotalSeconds, 0, 0);
        }

        var isShort = call.TimeToAbandon!.Value < settings.ShortAbandonThreshold;
        var excluded = isShort && settings.ExcludeShortAbandons;
        return new ServiceLevelCounts(1, 0, 0, 1, isShort ? 1 : 0, excluded ? 1 : 0, 0, 0, 0, 0);
    }

    public static ServiceLevelCounts operator +(ServiceLevelCounts a, ServiceLevelCounts b) => new(
        checked(a.Offered + b.Offered),
        checked(a.Answered + b.Answered),
        checked(a.AnsweredWithinTarget + b.AnsweredWithinTarget),
        checked(a.Abandoned + b.Abandoned),
        checked(a.ShortAbandoned + b.ShortAbandoned),
        checked(a.ExcludedShortAbandoned + b.ExcludedShortAbandoned),
        a.WaitSeconds + b.WaitSeconds,
        a.HandlingSeconds + b.HandlingSeconds,
        a.HandledSecondsInInterval + b.HandledSecondsInInterval,
        a.OnDutyListenerSeconds + b.OnDutyListenerSeconds);

    public static ServiceLevelCounts Add(ServiceLevelCounts a, ServiceLevelCounts b) => a + b;

    public static ServiceLevelCounts Sum(IEnumerable<ServiceLevelCounts> parts) => parts.Aggregate(Zero, (a, b) => a + b);

    /// <summary>Offered minus the short abandons the channel settings exclude: the denominator of the three rates.</summary>
    public int Denominator => Offered - ExcludedShortAbandoned;

    /// <summary>Answered within target / denominator; null when the denominator is 0.</summary>
    public double? ServiceLevel => Ratio(AnsweredWithinTarget, Denominator);

    /// <summary>Answered / denominator; null when the denominator is 0.</summary>
    public double? AnswerRate => Ratio(Answered, Denominator);

    /// <summary>(Abandoned − excluded short abandons) / denominator; null when the denominator is 0.</summary>
    public double? AbandonmentRate => Ratio(Abandoned - ExcludedShortAbandoned, Denominator);

    /// <summary>Average speed of answer: mean offered→answered over answered calls, in seconds; null without answered calls.</summary>
    public double? AverageSpeedOfAnswerSeconds => Ratio(WaitSeconds, Answered);

    /// <summary>Average handling time: mean answered→ended over answered calls, in seconds; null without answered calls.</summary>
    public double? AverageHandlingSeconds => Ratio(HandlingSeconds, Answered);

    /// <summary>Handled time / listener time on duty; null when nobody was on duty.</summary>
    public double? Occupancy => Ratio(HandledSecondsInInterval, OnDutyListenerSeconds);

    private static double? Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : null;
}
