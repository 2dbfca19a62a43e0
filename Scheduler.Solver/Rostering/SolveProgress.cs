namespace Scheduler.Solver.Rostering;

/// <summary>A new best rota was found: what it costs, the proven lower bound, and when (seconds since the solve began).</summary>
public sealed record SolveProgress(string Phase, double Objective, double BestBound, double Gap, double ElapsedSeconds);
