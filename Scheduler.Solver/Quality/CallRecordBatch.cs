namespace Scheduler.Solver.Quality;

/// <summary>The records of one file or JSON batch that passed validation, and the rows that did not.</summary>
public sealed record CallRecordBatch(IReadOnlyList<CallRecord> Records, IReadOnlyList<CallRowProblem> Rejected)
{
    /// <summary>
    /// Validates every row, then resolves repeated call ids: <b>the later row wins</b> (a platform that re-exports
    /// a corrected call appends it), and each earlier row with the same id is reported as
    /// <see cref="CallRowReasons.DuplicateCallId"/>, naming the line that replaced it. Rejected rows never
    /// take part in duplicate resolution. Records keep the order of their winning rows.
    /// </summary>
    public static CallRecordBatch From(IEnumerable<(int Line, CallRecordInput Input)> rows)
    {
        var rejected = new List<CallRowProblem>();
        var winners = new Dictionary<string, (int Line, CallRecord Record)>(StringComparer.Ordinal);
        foreach (var (line, input) in rows)
        {
            var (record, problem) = CallRecordValidator.Validate(line, input);
            if (problem is not null)
            {
                rejected.Add(problem);
                continue;
            }

            if (winners.TryGetValue(record!.CallId, out var earlier))
            {
                rejected.Add(new CallRowProblem(
                    earlier.Line, record.CallId, CallRowReasons.DuplicateCallId, $"call_id repeated; line {line} replaces this row.",
                    CallRecordValidator.Columns.CallId, ReplacedByLine: line));
            }

            winners[record.CallId] = (line, record);
        }

        var records = winners.Values.OrderBy(w => w.Line).Select(w => w.Record).ToList();
        rejected.Sort((x, y) => x.Line.CompareTo(y.Line));
        return new CallRecordBatch(records, rejected);
    }
}
