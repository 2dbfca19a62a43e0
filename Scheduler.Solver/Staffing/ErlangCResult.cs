namespace Scheduler.Solver.Staffing;

/// <summary>Erlang C (M/M/N, callers never abandon) figures for one interval.</summary>
/// <param name="OfferedLoad">Erlangs offered: arrival rate × average handling time.</param>
/// <param name="ProbabilityOfWait">Probability that a call finds every agent busy and queues, C(N, A).</param>
/// <param name="ServiceLevel">Fraction of calls answered within the target time, P(W ≤ T).</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait over all calls in seconds; null when the queue is unstable (agents ≤ load).</param>
/// <param name="Occupancy">Fraction of agent time spent handling calls, min(1, A / N).</param>
public readonly record struct ErlangCResult(
    double OfferedLoad,
    double ProbabilityOfWait,
    double ServiceLevel,
    double? AverageSpeedOfAnswerSeconds,
    double Occupancy);
