using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Scheduler.Api.Cli;

/// <summary>
/// Runs a BenchmarkDotNet class inside this process (InProcessEmitToolchain: no separate project to generate and build),
/// logging to the verb's output writer and keeping BenchmarkDotNet's own files in the temporary folder, out of the tree.
/// </summary>
internal static class BenchRunner
{
    /// <summary>This process's peak working set so far, in MB.</summary>
    public static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    public static Summary Run<TBenchmark>(TextWriter output, bool quick)
    {
        var job = quick
            ? Job.Dry
            : Job.Default.WithWarmupCount(5).WithIterationCount(30).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(new TextWriterLogger(output))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "scheduler-bench"))
            // A Debug build is measured too (with a warning below) rather than refused, so `dotnet run` without -c Release still answers.
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        if (typeof(BenchRunner).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
        {
            output.WriteLine("Warning: Debug build; run `dotnet run -c Release --project Scheduler.Api -- bench …` for figures worth recording.");
        }

        return BenchmarkRunner.Run<TBenchmark>(config);
    }

    /// <summary>BenchmarkDotNet's log, sent to the writer the command line was given.</summary>
    private sealed class TextWriterLogger(TextWriter writer) : BenchmarkDotNet.Loggers.ILogger
    {
        public string Id => nameof(TextWriterLogger);

        public int Priority => 0;

        public void Write(LogKind logKind, string text) => writer.Write(text);

        public void WriteLine() => writer.WriteLine();

        public void WriteLine(LogKind logKind, string text) => writer.WriteLine(text);

        public void Flush() => writer.Flush();
    }
}
