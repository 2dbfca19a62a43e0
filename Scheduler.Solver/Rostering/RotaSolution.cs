using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>Outcome of a solve.</summary>
public enum SolveStatus
{
    /// <summary>Proven best rota.</summary>
    Optimal,

    /// <summary>A rota that keeps every hard rule, not proven best (see the gap).</summary>
    Feasible,

    /// <summary>No rota keeps every hard rule; the explanation names the rules in conflict.</summary>
    Infeasible,

    /// <summary>The time ran out before any rota was found (or the search was cancelled).</summary>
    Unknown,
}

/// <summary>One rule, applied to one person (or the whole floor) on some dates, that takes part in a conflict.</summary>
public sealed record Conflict(string Rule, string? StaffId, LocalDate From, LocalDate To, string French, string English)
{
    /// <summary>The sentence in the language asked for: <c>fr</c> gives French, anything else English.</summary>
    public string Message(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}

/// <summary>Listener-hours (or manager-hours) missing on a date to reach the floor minimum, when staff cannot cover it.</summary>
public sealed record DailyShortage(string Rule, LocalDate Date, double MissingHours);

/// <summary>A solved (or explained) rota.</summary>
/// <param name="Terms">Each soft term's cost by name (<see cref="SoftTermNames"/>); they add up to <paramref name="Objective"/>.</param>
/// <param name="BestBound">The best proven lower bound: the larger of CP-SAT's and the pooled relaxation's (see <see cref="BoundSource"/>).</param>
/// <param name="Gap">(objective − bound) / objective, 0 when proven optimal.</param>
/// <param name="FirstSolutionSeconds">When the first complete rota was available.</param>
public sealed record RotaSolution(
    SolveStatus Status,
    double? Objective,
    IReadOnlyDictionary<string, long> Terms,
    double? BestBound,
    double? Gap,
    double WallSeconds,
    double? FirstSolutionSeconds,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<Conflict> Explanation,
    IReadOnlyList<DailyShortage> Shortages)
{
    /// <summary>What <see cref="BestBound"/> rests on: <see cref="BoundSources.CpSat"/>, <see cref="BoundSources.Pooled"/>, or null without a bound.</summary>
    public string? BoundSource { get; init; }

    public static double GapOf(double objective, double bound) =>
        Math.Max(0, objective - bound) / Math.Max(1, Math.Abs(objective));
}

/// <summary>Where a rota's lower bound comes from.</summary>
public static class BoundSources
{
    /// <summary>CP-SAT's best objective bound on the model it searched.</summary>
    public const string CpSat = "cp-sat";

    /// <summary>The pooled relaxation over classes of interchangeable people (<see cref="Bounds.PooledBound"/>), larger than CP-SAT's.</summary>
    public const string Pooled = "pooled";

    /// <summary>Column generation over the week patterns of classes of interchangeable people (<see cref="Columns.ColumnSearch"/>).</summary>
    public const string Columns = "columns";

    /// <summary>
    /// The listeners' share of the column bound plus the managers' day relaxation (<see cref="Bounds.DayRelaxation"/>), which
    /// prices their weekend runs and fairness where the columns cannot.
    /// </summary>
    public const string ColumnsAndDays = "columns-and-days";
}
