using System.Globalization;
using System.Text.Json;

namespace Scheduler.Api.Cli;

/// <summary>One line of <c>bench shift-scheduling</c>: the instance, what the engine found, and the literature's figures.</summary>
/// <param name="Objective">The engine's objective, or null when no rota was found.</param>
/// <param name="EvaluatorObjective">The independent evaluator's objective of the same rota.</param>
/// <param name="GapPercent">(objective − best known) / best known × 100.</param>
/// <param name="Error">Set when the engine and the evaluator disagree (objective or a broken hard constraint).</param>
internal sealed record ShiftSchedulingRow(
    string Instance,
    int Staff,
    int Days,
    long? Objective,
    long? EvaluatorObjective,
    long? BestKnown,
    long? LowerBound,
    double? GapPercent,
    string Status,
    double WallSeconds,
    double PeakMemoryMb,
    string? Error)
{
    private static readonly string[] Headers = ["instance", "staff", "days", "objective", "best known", "lower bound", "gap %", "status", "wall (s)", "peak memory (MB)"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void WriteTable(TextWriter output, IReadOnlyList<ShiftSchedulingRow> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Join(" | ", Headers));
        foreach (var r in rows)
        {
            output.WriteLine(string.Join(" | ",
                r.Instance, r.Staff.ToString(inv), r.Days.ToString(inv), Text(r.Objective), Text(r.BestKnown), Text(r.LowerBound),
                r.GapPercent?.ToString("0.00", inv) ?? "-", r.Status, r.WallSeconds.ToString("0.0", inv), r.PeakMemoryMb.ToString("0", inv)));
            if (r.Error is not null)
            {
                output.WriteLine($"  error: {r.Error}");
            }
        }

        output.WriteLine(Summary(rows));
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<ShiftSchedulingRow> rows) =>
        output.WriteLine(JsonSerializer.Serialize(rows, Json));

    /// <summary>How many were proven optimal, within 2 % of best known, and feasible (a rota the evaluator accepts).</summary>
    public static string Summary(IReadOnlyList<ShiftSchedulingRow> rows)
    {
        var optimal = rows.Count(r => r.Status == "Optimal" && r.Error is null);
        var withBest = rows.Count(r => r.BestKnown is not null);
        var within = rows.Count(r => r.GapPercent is <= 2.0 && r.Error is null);
        var feasible = rows.Count(r => r.Objective is not null && r.Error is null);
        var errors = rows.Count(r => r.Error is not null);
        return string.Create(CultureInfo.InvariantCulture,
            $"summary: {rows.Count} instance(s), {optimal} optimal, {within} of {withBest} within 2 % of best known, {feasible} feasible, {errors} error(s)");
    }

    private static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
