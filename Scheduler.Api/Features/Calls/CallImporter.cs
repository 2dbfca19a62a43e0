using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>
/// Stores validated call records in one transaction: new call ids are inserted, changed ones replaced (the earlier
/// version written to the audit log), identical ones left alone. The SLA watermark moves back to the earliest half-hour
/// touched, in the same transaction, so the next job run recomputes it (overwriting, never adding).
/// </summary>
public sealed class CallImporter(SchedulerDbContext db, IClock clock)
{
    /// <summary>Ids looked up per query: well under every provider's parameter limits.</summary>
    private const int LookupBatch = 2_000;

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public async Task<CallImportResult> ImportAsync(CallParseResult parsed, string actor, CancellationToken ct)
    {
        if (parsed.IsRefused)
        {
            throw new InvalidOperationException("A refused input has nothing to import.");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var existing = await LoadExistingAsync(parsed.Records, ct);
            var plan = CallImportPlan.Classify(parsed.Records, existing.ToDictionary(e => e.Key, e => e.Value.ToDomain(), StringComparer.Ordinal));
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await CallRecordBulkInsert.InsertAsync(db, plan.Inserts, ct);
                var now = clock.GetCurrentInstant();
                foreach (var (before, after) in plan.Replacements)
                {
                    var stored = existing[after.CallId];
                    db.CallRecords.Attach(stored);
                    stored.CopyFrom(after);
                    db.AuditLog.Add(new AuditEntry
                    {
                        At = now,
                        Actor = actor,
                        EntityType = "CallRecord",
                        EntityKey = after.CallId,
                        Action = "Replaced",
                        Before = JsonSerializer.Serialize(before, Json),
                        After = JsonSerializer.Serialize(after, Json),
                    });
                }

                db.ChangeTracker.DetectChanges();
                await MoveWatermarkBackAsync(plan, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
                db.ChangeTracker.Clear();
            }

            return plan.ToResult(parsed);
        });
    }

    private async Task<Dictionary<string, CallRecordEntity>> LoadExistingAsync(IReadOnlyList<CallRecord> records, CancellationToken ct)
    {
        var result = new Dictionary<string, CallRecordEntity>(StringComparer.Ordinal);
        foreach (var chunk in records.Select(r => r.CallId).Chunk(LookupBatch))
        {
            // Untracked: most rows of a re-import are unchanged, and tracking them all would slow every later step.
            foreach (var row in await db.CallRecords.AsNoTracking().Where(c => chunk.Contains(c.CallId)).ToListAsync(ct))
            {
                result[row.CallId] = row;
            }
        }

        return result;
    }

    /// <summary>
    /// Same rule as <see cref="SlaComplianceRunner.RecomputeFromAsync"/>, kept inside the import's transaction. Without a
    /// watermark yet (the job never ran) it is created at the earliest half-hour, so the first run computes the history.
    /// </summary>
    private async Task MoveWatermarkBackAsync(CallImportPlan plan, CancellationToken ct)
    {
        var touched = plan.Inserts.Select(r => r.OfferedAt)
            .Concat(plan.Replacements.SelectMany(r => new[] { r.Before.OfferedAt, r.After.OfferedAt }))
            .ToList();
        if (touched.Count == 0)
        {
            return;
        }

        var start = HalfHour.Containing(touched.Min(), RotaProblem.TimeZone).Start;
        var watermark = await db.JobWatermarks.FirstOrDefaultAsync(w => w.Job == SlaComplianceRunner.WatermarkName, ct);
        if (watermark is null)
        {
            db.JobWatermarks.Add(new JobWatermarkEntity { Job = SlaComplianceRunner.WatermarkName, ProcessedUntil = start });
        }
        else if (start < watermark.ProcessedUntil)
        {
            watermark.ProcessedUntil = start;
            db.Entry(watermark).State = EntityState.Modified;
        }
    }
}
