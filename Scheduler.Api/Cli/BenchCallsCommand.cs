using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Features.Calls;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench calls [--rows N] [--repeat R]</c>: parses N synthetic CSV rows in memory R times and prints the best time.
/// Measures CSV reading and validation only; storing comes with the database.
/// </summary>
public static class BenchCallsCommand
{
    public static Command Create(TextWriter output)
    {
        var rows = new Option<int>("--rows") { Description = "Rows per file.", DefaultValueFactory = _ => 100_000 };
        var repeat = new Option<int>("--repeat") { Description = "Runs; the best is reported.", DefaultValueFactory = _ => 3 };
        var command = new Command("calls", "Parse and validate a synthetic call-record CSV file in memory.") { rows, repeat };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(rows);
            var bytes = Encoding.UTF8.GetBytes(SyntheticCsv(count));
            var best = TimeSpan.MaxValue;
            var accepted = 0;
            for (var i = 0; i < Math.Max(1, parse.GetValue(repeat)); i++)
            {
                var watch = Stopwatch.StartNew();
                var result = CallCsvParser.Parse(new MemoryStream(bytes));
                watch.Stop();
                accepted = result.Records.Count;
                best = watch.Elapsed < best ? watch.Elapsed : best;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"calls csv: {count} rows ({bytes.Length / 1024.0 / 1024.0:F1} MiB), {accepted} accepted, best {best.TotalMilliseconds:F0} ms, {count / best.TotalSeconds:F0} rows/s"));
            return 0;
        });
        return command;
    }

    /// <summary>A realistic file: one call every 30 s, 3 in 4 answered, one caller-number column to drop.</summary>
    public static string SyntheticCsv(int rows)
    {
        var pattern = OffsetDateTimePattern.ExtendedIso;
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var start = Instant.FromUtc(2026, 3, 2, 8, 0);
        var text = new StringBuilder(rows * 110);
        text.Append(CallCsvParser.ExpectedHeader).Append(",caller_number\n");
        for (var i = 0; i < rows; i++)
        {
            var offered = (start + Duration.FromSeconds(30L * i)).InZone(paris).ToOffsetDateTime();
            var answered = i % 4 != 0;
            var answeredAt = offered.Plus(Duration.FromSeconds(20 + (i % 50)));
            var ended = answered ? answeredAt.Plus(Duration.FromSeconds(600 + (i % 600))) : offered.Plus(Duration.FromSeconds(3 + (i % 90)));
            text.Append(CultureInfo.InvariantCulture, $"c{i},{(i % 10 == 0 ? "chat" : "phone")},{pattern.Format(offered)},")
                .Append(answered ? pattern.Format(answeredAt) : "").Append(',').Append(pattern.Format(ended)).Append(',')
                .Append(answered ? string.Create(CultureInfo.InvariantCulture, $"L{i % 21}") : "").Append(",+33600000000\n");
        }

        return text.ToString();
    }
}
