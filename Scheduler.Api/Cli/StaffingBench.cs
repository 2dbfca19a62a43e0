using System.CommandLine;
using System.Globalization;
using NodaTime;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench staffing</c>: required agents for every half-hour of the 3133 week (7 × 22 intervals of the default
/// profile, 80 % in 60 s, AHT 900 s), then for 10 and 100 such weeks, to show the cost grows linearly with the intervals.
/// </summary>
internal static class StaffingBench
{
    private static readonly int[] Scales = [1, 10, 100];

    public static Command Command(TextWriter output)
    {
        var runs = new Option<int>("--runs") { Description = "Timed runs per size.", DefaultValueFactory = _ => 200 };
        runs.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && !(int.TryParse(r.Tokens[0].Value, CultureInfo.InvariantCulture, out var n) && n >= 1))
            {
                r.AddError($"--runs must be a whole number, 1 or more (got {r.Tokens[0].Value})");
            }
        });
        var warmUp = NumberOptions.Optional("--warm-up-seconds", "Untimed running before each size (default 1).", v => v >= 0, "must be 0 or more");
        var command = new Command("staffing", "Required agents per half-hour for the 3133 week, ×1, ×10 and ×100.") { runs, warmUp };
        command.SetAction(parse => Run(output, parse.GetValue(runs), TimeSpan.FromSeconds(parse.GetValue(warmUp) ?? 1)));
        return command;
    }

    /// <summary>The forecast of <paramref name="weeks"/> consecutive 3133 weeks from Monday 6 April 2026.</summary>
    internal static IReadOnlyList<IntervalDemand> Weeks(int weeks)
    {
        var monday = new LocalDate(2026, 4, 6);
        var opening = Line3133Defaults.Opening(Enumerable.Range(0, 7 * weeks).Select(monday.PlusDays));
        return DemandSlotBuilder.Intervals(Line3133Defaults.Profile, opening, Line3133Defaults.PhoneChannel);
    }

    private static int Run(TextWriter output, int runs, TimeSpan warmUp)
    {
        var channels = new Dictionary<string, ChannelProfile> { [Line3133Defaults.Channel] = Line3133Defaults.PhoneChannel };
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench staffing: required agents per half-hour (Erlang C, 80 % in 60 s, AHT 900 s), Stopwatch, warm-up {warmUp.TotalSeconds} s"));
        double? perIntervalAtOneWeek = null;
        foreach (var scale in Scales)
        {
            var forecast = Weeks(scale);
            var timing = BenchHarness.Measure(
                () => StaffingRequirementCalculator.Calculate(forecast, channels, WeeklyDemandProfile.SlotLength),
                runs,
                warmUp);
            // Per-interval cost from the fastest run: the least disturbed by other processes on a shared machine.
            var perInterval = timing.MinMs * 1000 / forecast.Count;
            perIntervalAtOneWeek ??= perInterval;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{scale,4} week(s) {forecast.Count,6} intervals   {timing.Format()}   {perInterval:0.000} µs/interval at best ({perInterval / perIntervalAtOneWeek:0.00}× the 1-week cost)"));
        }

        return 0;
    }
}
