using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering;

/// <summary>A weighted cost the objective minimises, under the name of its soft term.</summary>
public sealed record Penalty(string Term, LinearExpr Cost);
