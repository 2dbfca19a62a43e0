namespace Scheduler.Solver.Staffing;

/// <summary>The service an agent count is predicted to give, whichever queue model predicted it.</summary>
/// <param name="ProbabilityOfWait">Probability that a call queues.</param>
/// <param name="ServiceLevel">Fraction of all calls answered within the target time.</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait over all calls; null when the queue is unstable (Erlang C with agents ≤ load).</param>
/// <param name="AbandonmentProbability">Fraction of callers who hang up; null when the model does not include abandonment (Erlang C).</param>
public readonly record struct PredictedService(
    double OfferedLoad,
    double ServiceLevel,
    double ProbabilityOfWait,
    double Occupancy,
    double? AbandonmentProbability,
    double? AverageSpeedOfAnswerSeconds)
{
    public static PredictedService From(ErlangCResult figures) =>
        new(figures.OfferedLoad, figures.ServiceLevel, figures.ProbabilityOfWait, figures.Occupancy, null, figures.AverageSpeedOfAnswerSeconds);

    public static PredictedService From(ErlangAResult figures) =>
        new(figures.OfferedLoad, figures.ServiceLevel, figures.ProbabilityOfWait, figures.Occupancy, figures.AbandonmentProbability, figures.AverageSpeedOfAnswerSeconds);
}
