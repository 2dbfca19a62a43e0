using System.Text.Json;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Why a solve found no rota: the rules, people and dates in conflict (each sentence in French and English, so a page
/// speaks its reader's language) and the listener- or manager-hours the staff cannot cover per date.
/// </summary>
public sealed record SolveExplanation(IReadOnlyList<Conflict> Conflicts, IReadOnlyList<DailyShortage> Shortages)
{
    /// <summary>The explanation of an infeasible solve; null for any other outcome.</summary>
    public static SolveExplanation? Of(RotaSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return solution.Status == SolveStatus.Infeasible ? new SolveExplanation(solution.Explanation, solution.Shortages) : null;
    }

    public static SolveExplanation? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<SolveExplanation>(json, SolveRunJson.Options);

    public string ToJson() => JsonSerializer.Serialize(this, SolveRunJson.Options);
}
