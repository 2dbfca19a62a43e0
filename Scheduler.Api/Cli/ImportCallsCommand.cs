using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Jobs;
using Scheduler.Api.Time;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>import-calls FILE [--data DIR]</c>: the same import as <c>POST /api/calls/import</c>, against the configured
/// database (migrated first, unless Database:MigrateOnStart is false), then computes the half-hour statistics of every
/// half-hour from the earliest imported call up to now. Prints the result as JSON; exit code 1 when the file is refused
/// as a whole, 0 otherwise (rejected rows are in the result).
/// </summary>
public static class ImportCallsCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV file of call records (header call_id,channel,offered_at,answered_at,ended_at,listener_id)." };
        var data = new Option<string?>("--data") { Description = "Data folder of the SQLite database (Scheduler:DataDirectory)." };
        var command = new Command("import-calls", "Import call records from a CSV file into the database.") { file, data };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CommandLineException($"{path.FullName}: no such file.");
            }

            var configuration = CliDatabase.Configuration(parse.GetValue(data));
            var db = CliDatabase.Open(configuration);
            await using var _ = db;
            if (configuration.GetValue("Database:MigrateOnStart", true))
            {
                await db.Database.MigrateAsync(ct);
            }

            var json = new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
            ApiJson.Configure(json);
            CallParseResult parsed;
            await using (var stream = path.OpenRead())
            {
                parsed = CallCsvParser.Parse(stream);
            }

            if (parsed.Refusal is { } refusal)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { refused = refusal }, json));
                return 1;
            }

            var result = await new CallImporter(db, SystemClock.Instance).ImportAsync(parsed, $"import-calls {path.Name}", ct);
            var sla = await ComputeAsync(db, ct);
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                result.Accepted, result.Replaced, result.Unchanged, result.Rejected, result.DroppedColumns,
                Sla = new { sla.From, sla.To, sla.HalfHoursComputed, sla.AlertsRaised },
            }, json));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Brings the half-hour statistics up to date at once, however old the history (the job's own catch-up stops at
    /// 62 days, to bound a tick; a bulk import of a year's history is the case it leaves to this verb). Alerts are
    /// stored; the webhook belongs to the service and is not called from here.
    /// </summary>
    private static async Task<SlaRunResult> ComputeAsync(SchedulerDbContext db, CancellationToken ct)
    {
        var options = SlaComplianceOptions.Default with { MaxCatchUp = Duration.FromDays(3660) };
        var stores = new SlaDbStores(db, SystemClock.Instance);
        var runner = new SlaComplianceRunner(SystemClock.Instance, stores, stores, stores,
            new StaffingDbSource(new FloorStaffing(db), options), new AlertDbSink(db, new AlertWebhookOutbox()), options);
        // One transaction: SQLite syncs the disk at every commit, and a year is hundreds of daily chunks.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await runner.RunAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}
