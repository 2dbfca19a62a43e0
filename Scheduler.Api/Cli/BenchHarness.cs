using System.Diagnostics;
using System.Globalization;

namespace Scheduler.Api.Cli;

/// <summary>Timings of one operation: median and 95th percentile of many timed runs, in milliseconds.</summary>
internal sealed record BenchTiming(int Runs, double MedianMs, double P95Ms, double MinMs)
{
    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"median {MedianMs,9:0.0000} ms   p95 {P95Ms,9:0.0000} ms   min {MinMs,9:0.0000} ms   ({Runs} runs)");
}

/// <summary>
/// A careful Stopwatch loop for the <c>bench</c> verbs. BenchmarkDotNet is not used because its in-process toolchain
/// would run inside the web host's executable and its reports go to files; this harness warms up (JIT tiering reaches
/// its optimised code), then times each run separately, so one slow run (a GC, a busy neighbour on a 2-core machine)
/// moves the p95 and not the median.
/// </summary>
internal static class BenchHarness
{
    /// <param name="operation">The work to time; its result is kept alive so the JIT cannot drop the work.</param>
    /// <param name="runs">Timed runs after the warm-up.</param>
    /// <param name="warmUp">Time spent running the operation untimed first.</param>
    public static BenchTiming Measure<T>(Func<T> operation, int runs, TimeSpan warmUp)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var keep = default(T);
        var warm = Stopwatch.StartNew();
        do
        {
            keep = operation();
        }
        while (warm.Elapsed < warmUp);

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            keep = operation();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        GC.KeepAlive(keep);
        Array.Sort(samples);
        return new BenchTiming(runs, Percentile(samples, 0.5), Percentile(samples, 0.95), samples[0]);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    internal static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
