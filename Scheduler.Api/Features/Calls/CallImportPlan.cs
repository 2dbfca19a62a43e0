using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// Decides, for records already validated, what an idempotent import writes: new ids are inserted, changed ones replace
/// the stored version (kept as <see cref="Replacements"/> for the audit trail), identical ones are left alone.
/// </summary>
public sealed record CallImportPlan(
    IReadOnlyList<CallRecord> Inserts,
    IReadOnlyList<(CallRecord Before, CallRecord After)> Replacements,
    int Unchanged)
{
    /// <param name="existing">Stored records of (at least) the incoming call ids, keyed by call id.</param>
    public static CallImportPlan Classify(IEnumerable<CallRecord> incoming, IReadOnlyDictionary<string, CallRecord> existing)
    {
        var inserts = new List<CallRecord>();
        var replacements = new List<(CallRecord, CallRecord)>();
        var unchanged = 0;
        foreach (var record in incoming)
        {
            if (!existing.TryGetValue(record.CallId, out var stored))
            {
                inserts.Add(record);
            }
            else if (stored == record)
            {
                unchanged++;
            }
            else
            {
                replacements.Add((stored, record));
            }
        }

        return new CallImportPlan(inserts, replacements, unchanged);
    }

    public CallImportResult ToResult(CallParseResult parsed) =>
        new(Inserts.Count, Replacements.Count, Unchanged, parsed.Rejected, parsed.DroppedColumns);
}
