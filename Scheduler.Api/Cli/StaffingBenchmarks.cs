using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Reports;
using NodaTime;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench staffing</c>: required agents for every half-hour of the 3133 week (7 × 22 intervals of the default profile,
/// 80 % in 60 s, AHT 900 s, Erlang C), then for 10 and 100 such weeks, to show the cost grows linearly with the intervals.
/// Public and not sealed because BenchmarkDotNet requires it.
/// </summary>
public class StaffingBenchmarks
{
    private static readonly Dictionary<string, ChannelProfile> Channels = new() { [Line3133Defaults.Channel] = Line3133Defaults.PhoneChannel };

    private IReadOnlyList<IntervalDemand> forecast = [];

    [Params(1, 10, 100)]
    public int Weeks { get; set; }

    [GlobalSetup]
    public void Setup() => forecast = Forecast(Weeks);

    [Benchmark]
    public IReadOnlyList<IntervalRequirement> RequiredAgentsPerInterval() =>
        StaffingRequirementCalculator.Calculate(forecast, Channels, WeeklyDemandProfile.SlotLength);

    /// <summary>
    /// The same computation without keeping a result per interval: separates the engine's own cost from the garbage
    /// collector's cost of retaining thousands of result objects.
    /// </summary>
    [Benchmark]
    public int AgentsOnly()
    {
        var total = 0;
        foreach (var interval in forecast)
        {
            total += StaffingRequirementCalculator.ForInterval(interval, Line3133Defaults.PhoneChannel, WeeklyDemandProfile.SlotLength.TotalSeconds).Agents;
        }

        return total;
    }

    /// <summary>The forecast of <paramref name="weeks"/> consecutive 3133 weeks from Monday 6 April 2026.</summary>
    public static IReadOnlyList<IntervalDemand> Forecast(int weeks)
    {
        var monday = new LocalDate(2026, 4, 6);
        var opening = Line3133Defaults.Opening(Enumerable.Range(0, 7 * weeks).Select(monday.PlusDays));
        return DemandSlotBuilder.Intervals(Line3133Defaults.Profile, opening, Line3133Defaults.PhoneChannel);
    }

    /// <summary>Per-interval cost of each size relative to one week: about 1 when the computation is linear.</summary>
    internal static void Report(Summary summary, TextWriter output)
    {
        output.WriteLine("method                     weeks  intervals   median (ms)   p95 (ms)   ns/interval   vs 1 week");
        foreach (var method in summary.Reports.GroupBy(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name))
        {
            double? oneWeek = null;
            foreach (var report in method.OrderBy(r => (int)r.BenchmarkCase.Parameters["Weeks"]))
            {
                var weeks = (int)report.BenchmarkCase.Parameters["Weeks"];
                var statistics = report.ResultStatistics!;
                var intervals = weeks * 7 * 22;
                var perInterval = statistics.Median / intervals;
                oneWeek ??= perInterval;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{method.Key,-25}  {weeks,5}  {intervals,9}   {statistics.Median / 1e6,11:0.0000}   {statistics.Percentiles.P95 / 1e6,8:0.0000}   {perInterval,11:0.0}   {perInterval / oneWeek,8:0.00}×"));
            }
        }
    }
}
