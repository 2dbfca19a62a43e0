using System.Text.Json.Nodes;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Rostering;

/// <summary>A problem and, when the file holds a rota, its assignments and the solver's free-form summary.</summary>
/// <param name="Assignments">The rota's shifts; empty for a file that holds only a problem.</param>
/// <param name="HasRota">True when the file had an <c>assignments</c> array (a rota, possibly empty).</param>
/// <param name="Summary">The solver's summary (status, objective, terms, bestBound, gap, wallSeconds, ...), stored as given.</param>
public sealed record RotaFile(RotaProblem Problem, IReadOnlyList<Assignment> Assignments, bool HasRota, JsonObject? Summary);
