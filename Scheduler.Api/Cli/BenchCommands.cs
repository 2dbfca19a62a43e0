using System.CommandLine;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench …</c>: timings of the engine's hot paths, measured in process (see <see cref="BenchHarness"/>).
/// A new benchmark is one file with a <c>Command(TextWriter)</c> factory and one line in the list below.
/// </summary>
internal static class BenchCommands
{
    public static Command Create(TextWriter output) =>
        new("bench", "Measure the speed of the engine's hot paths (Stopwatch loop: warm-up, then median and p95).")
        {
            StaffingBench.Command(output),
        };
}
