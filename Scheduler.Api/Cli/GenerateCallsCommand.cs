using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Features.Calls;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Simulation;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>generate-calls --out FILE [--weeks 8] [--from yyyy-MM-dd] [--calls-per-week 1150] [--listeners 5] [--seed 1]</c>:
/// writes synthetic call records in the import format, for a demo or a load test. Demand is spread evenly over the
/// opening hours (09:00–20:00 every day) and the given number of listeners is on duty all day; with the database,
/// the demo seed uses the forecast and the published rota instead (see <see cref="DemoHistory"/>).
/// </summary>
public static class GenerateCallsCommand
{
    private static readonly LocalTime Open = new(9, 0);
    private static readonly LocalTime Close = new(20, 0);

    public static Command Create(TextWriter output)
    {
        var file = new Option<FileInfo>("--out") { Description = "CSV file to write.", Required = true };
        var weeks = new Option<int>("--weeks") { Description = "Whole weeks of history.", DefaultValueFactory = _ => 8 };
        var from = new Option<string?>("--from") { Description = "First date (yyyy-MM-dd); default: the Monday that many weeks before this week." };
        var perWeek = new Option<double>("--calls-per-week") { Description = "Expected calls a week (60,000 a year ≈ 1,150).", DefaultValueFactory = _ => 1150 };
        var listeners = new Option<int>("--listeners") { Description = "Listeners on duty in every open half-hour.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same file).", DefaultValueFactory = _ => 1 };
        var command = new Command("generate-calls", "Write synthetic call records (CSV, import format).") { file, weeks, from, perWeek, listeners, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var zone = RotaProblem.TimeZone;
            if (parse.GetValue(weeks) < 1 || parse.GetValue(listeners) < 0 || parse.GetValue(perWeek) < 0)
            {
                throw new CommandLineException("--weeks must be at least 1; --listeners and --calls-per-week cannot be negative.");
            }

            var first = parse.GetValue(from) is { } text
                ? LocalDatePattern.Iso.Parse(text) is { Success: true } date ? date.Value : throw new CommandLineException($"--from '{text}' is not a date yyyy-MM-dd.")
                : Periods.StartOf(PeriodKind.Week, SystemClock.Instance.GetCurrentInstant().InZone(zone).Date).PlusWeeks(-parse.GetValue(weeks));
            var days = 7 * parse.GetValue(weeks);
            var openHalfHours = 2 * Period.Between(Open, Close, PeriodUnits.Hours).Hours * 7;
            var perHalfHour = parse.GetValue(perWeek) / openHalfHours;
            var demand = DemoHistory.Demand(first, days, zone, (_, t) => t >= Open && t < Close ? perHalfHour : 0);
            var ids = Enumerable.Range(1, parse.GetValue(listeners)).Select(i => string.Create(CultureInfo.InvariantCulture, $"L{i:D2}")).ToList();
            var duty = demand.Select(d => new DutyInterval(d.Start, d.Length, ids)).ToList();
            var calls = new SyntheticCallGenerator(CallGenerationSettings.Default, parse.GetValue(seed)).Generate(demand, duty);

            var target = parse.GetValue(file)!;
            await using (var writer = new StreamWriter(target.FullName))
            {
                CallCsvWriter.Write(calls, writer);
            }

            var counts = ServiceLevelCounts.Sum(calls.Select(c => ServiceLevelCounts.Of(c, ChannelSettings.Default)));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{calls.Count} calls from {first:yyyy-MM-dd} over {days} days written to {target.FullName}: service level {counts.ServiceLevel:P0}, abandonment {counts.AbandonmentRate:P0}"));
            return 0;
        });
        return command;
    }
}
