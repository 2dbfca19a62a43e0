using NodaTime;

namespace Scheduler.Solver.Simulation;

/// <summary>One day of a rota: what Erlang C predicts for it and what the simulated callers got.</summary>
/// <param name="ExpectedCalls">Calls the demand expects that day.</param>
/// <param name="Predicted">The share of them answered within target that Erlang C predicts, per half-hour weighted by its calls (the rota page's figure).</param>
/// <param name="ServiceLevel">The simulated share answered within target, over the runs, with its 95 % interval.</param>
/// <param name="Abandonment">The simulated share of callers who hung up before an answer.</param>
public sealed record SimulatedDay(LocalDate Date, double ExpectedCalls, double Predicted, Estimate ServiceLevel, Estimate Abandonment);
