using System.CommandLine;
using BenchmarkDotNet.Reports;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench …</c>: BenchmarkDotNet measurements of the engine's hot paths, run in process (see <see cref="BenchRunner"/>).
/// A new benchmark is a public BenchmarkDotNet class and one line in the list below.
/// </summary>
internal static class BenchCommands
{
    public static Command Create(TextWriter output) =>
        new("bench", "Measure the service's heavy parts: the engine, the solver, imports, HTTP (run with -c Release).")
        {
            For<StaffingBenchmarks>("staffing", "Required agents per half-hour for the 3133 week, ×1, ×10 and ×100.", output, StaffingBenchmarks.Report),
            BenchRotaCommand.Create(output),
            BenchReplanCommand.Create(output),
            BenchCallsCommand.Create(output),
            BenchImportCommand.Create(output),
            BenchHttpCommand.Create(output),
            BenchShiftSchedulingCommand.Create(output),
            BenchForecastCommand.Create(output),
            BenchWeeklyCommand.Create(output),
        };

    /// <summary>A sub-verb running <typeparamref name="TBenchmark"/>; <paramref name="report"/> adds lines after BenchmarkDotNet's table.</summary>
    public static Command For<TBenchmark>(string name, string description, TextWriter output, Action<Summary, TextWriter>? report = null)
    {
        var quick = new Option<bool>("--quick") { Description = "One untimed-quality pass (BenchmarkDotNet's Dry job): checks the benchmark runs, not how fast." };
        var command = new Command(name, description) { quick };
        command.SetAction(parse =>
        {
            var summary = BenchRunner.Run<TBenchmark>(output, parse.GetValue(quick));
            if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
            {
                throw new CommandLineException($"bench {name}: a benchmark failed; see the log above.");
            }

            report?.Invoke(summary, output);
            return 0;
        });
        return command;
    }
}
