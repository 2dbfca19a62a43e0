using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Features.Quality;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Simulation;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench import [--rows 100000] [--repeat 5]</c>: on a fresh SQLite file, (1) a synthetic CSV of N rows parsed,
/// validated and stored by the import, end to end, then imported again (all unchanged); (2) 12 months of the 3133 line
/// (≈ 60,000 calls from the default profile, 6 listeners on duty) stored as half-hour statistics as the SLA job stores
/// them, and the 12-month day, week and month reports read back through the report query (best of R).
/// </summary>
public static class BenchImportCommand
{
    public static Command Create(TextWriter output)
    {
        var rows = new Option<int>("--rows") { Description = "Rows of the imported file.", DefaultValueFactory = _ => 100_000 };
        var repeat = new Option<int>("--repeat") { Description = "Runs of each report query; the best is reported.", DefaultValueFactory = _ => 5 };
        var command = new Command("import", "Import N call records into SQLite end to end; time the 12-month report.") { rows, repeat };
        command.SetAction(async (parse, ct) =>
        {
            var directory = Directory.CreateTempSubdirectory("scheduler-bench-").FullName;
            try
            {
                await RunAsync(output, directory, parse.GetValue(rows), Math.Max(1, parse.GetValue(repeat)), ct);
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static async Task RunAsync(TextWriter output, string directory, int rows, int repeat, CancellationToken ct)
    {
        var connection = $"Data Source={Path.Combine(directory, DatabaseSetup.SqliteFileName)}";
        SchedulerDbContext NewContext() =>
            new SqliteSchedulerDbContext(DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), connection).Options);
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync(ct);
        }

        var bytes = Encoding.UTF8.GetBytes(BenchCallsCommand.SyntheticCsv(rows));
        foreach (var pass in new[] { "first import", "same file again" })
        {
            await using var db = NewContext();
            var watch = Stopwatch.StartNew();
            var result = await new CallImporter(db, SystemClock.Instance).ImportAsync(CallCsvParser.Parse(new MemoryStream(bytes)), "bench", ct);
            watch.Stop();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"import {pass}: {rows} rows ({bytes.Length / 1024.0 / 1024.0:F1} MiB) in {watch.Elapsed.TotalSeconds:F2} s: accepted {result.Accepted}, unchanged {result.Unchanged}, rejected {result.Rejected.Count}"));
        }

        var (calls, prepare) = await StoreYearAsync(NewContext, ct);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"12 months: {calls} calls generated and stored as half-hour statistics in {prepare.TotalSeconds:F1} s"));
        var to = new LocalDate(2025, 12, 31);
        foreach (var kind in new[] { PeriodKind.Day, PeriodKind.Week, PeriodKind.Month })
        {
            var best = TimeSpan.MaxValue;
            var count = 0;
            for (var i = 0; i < repeat; i++)
            {
                await using var db = NewContext();
                var watch = Stopwatch.StartNew();
                var report = await new SlaReportQuery(db).GetAsync(kind, new LocalDate(2025, 1, 1), to, QualityCounts.AllChannels, ct);
                watch.Stop();
                count = report.Count;
                best = watch.Elapsed < best ? watch.Elapsed : best;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"report {kind.ToString().ToLowerInvariant()} over 12 months: {count} rows, best of {repeat} {best.TotalMilliseconds:F1} ms (new context each run)"));
        }
    }

    /// <summary>2025 on the default profile (≈ 60,000 calls), 6 listeners on duty in open hours, stored as the SLA job stores it.</summary>
    private static async Task<(int Calls, TimeSpan Elapsed)> StoreYearAsync(Func<SchedulerDbContext> newContext, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var zone = RotaProblem.TimeZone;
        var first = new LocalDate(2025, 1, 1);
        var days = 365;
        var demand = DemoHistory.Demand(first, days, zone, (d, t) => Line3133Defaults.Profile.CallsAt(d.DayOfWeek, t));
        var ids = Enumerable.Range(1, 6).Select(i => string.Create(CultureInfo.InvariantCulture, $"L{i}")).ToList();
        var calls = new SyntheticCallGenerator(CallGenerationSettings.Default, 1).Generate(demand, [.. demand.Select(d => new DutyInterval(d.Start, d.Length, ids))]);
        var calculator = new ServiceLevelCalculator(ServiceLevelSettings.Default, zone);
        for (var month = first; month < first.PlusDays(days); month = month.PlusMonths(1))
        {
            await using var db = newContext();
            var stores = new SlaDbStores(db, SystemClock.Instance);
            var rows = new List<IntervalStatistics>(calculator.ForDates(calls, month, month.PlusMonths(1).PlusDays(-1)));
            foreach (var channel in CallChannels.All)
            {
                rows.AddRange(calculator.ForDates(calls, month, month.PlusMonths(1).PlusDays(-1), channel));
            }

            await stores.UpsertAsync(rows, ct);
        }

        return (calls.Count, watch.Elapsed);
    }
}
