using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// What a CSV file or JSON batch yielded before anything is stored: the good records, the rejected rows, and the
/// columns that were not read. A refused input (<see cref="Refusal"/> set) yields nothing at all.
/// </summary>
/// <param name="DroppedColumns">Columns that identify callers; never read, never stored.</param>
/// <param name="IgnoredColumns">Other extra columns, not part of the format.</param>
public sealed record CallParseResult(
    IReadOnlyList<CallRecord> Records,
    IReadOnlyList<CallRowProblem> Rejected,
    IReadOnlyList<string> DroppedColumns,
    IReadOnlyList<string> IgnoredColumns,
    string? Refusal)
{
    public bool IsRefused => Refusal is not null;

    public static CallParseResult Refuse(string message) => new([], [], [], [], message);

    public static CallParseResult From(CallRecordBatch batch, IReadOnlyList<string> dropped, IReadOnlyList<string> ignored) =>
        new(batch.Records, batch.Rejected, dropped, ignored, null);
}

/// <summary>The answer to an import once the records are stored.</summary>
/// <param name="Accepted">New call ids stored.</param>
/// <param name="Replaced">Known call ids whose record changed; the earlier version goes to the audit trail.</param>
/// <param name="Unchanged">Known call ids imported again with identical content; nothing written.</param>
public sealed record CallImportResult(
    int Accepted,
    int Replaced,
    int Unchanged,
    IReadOnlyList<CallRowProblem> Rejected,
    IReadOnlyList<string> DroppedColumns);
