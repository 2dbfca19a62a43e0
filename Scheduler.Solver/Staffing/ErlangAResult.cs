namespace Scheduler.Solver.Staffing;

/// <summary>Erlang A (M/M/N+M: callers abandon after an exponential patience) figures for one interval.</summary>
/// <param name="OfferedLoad">Erlangs offered: arrival rate × average handling time.</param>
/// <param name="ProbabilityOfWait">Probability that a call finds every agent busy.</param>
/// <param name="AbandonmentProbability">Fraction of calls that hang up before an agent answers.</param>
/// <param name="ServiceLevel">Fraction of all calls answered by an agent within the target time (an abandoned call never counts as met).</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait over all calls, those who abandon included (mean queue length / arrival rate).</param>
/// <param name="Occupancy">Fraction of agent time spent handling calls: A·(1 − P(abandon)) / N; 0 with no agents.</param>
public sealed record ErlangAResult(
    double OfferedLoad,
    double ProbabilityOfWait,
    double AbandonmentProbability,
    double ServiceLevel,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy);
