namespace Scheduler.Solver.Simulation;

/// <summary>What a simulated queue gave callers, each figure over the calls offered (as Erlang C and Erlang A define them).</summary>
/// <param name="Calls">Calls offered in the measured batches (the warm-up left out).</param>
/// <param name="ServiceLevel">Share of calls answered within the target wait (an abandoned call never counts as met).</param>
/// <param name="Abandonment">Share of calls that hung up before an answer.</param>
/// <param name="ProbabilityOfWait">Share of calls that did not find a listener free at once.</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait over all calls, the wait of those who hung up included.</param>
public sealed record SimulatedService(int Calls, Estimate ServiceLevel, Estimate Abandonment, Estimate ProbabilityOfWait, Estimate AverageSpeedOfAnswerSeconds);
