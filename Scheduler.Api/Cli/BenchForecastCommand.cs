using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scheduler.Solver.Benchmarks.Forecasting;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench forecast [--repetitions 200] [--seed 1] [--intervals FILE]</c>: how far the weekly forecast strays from the
/// rates it should find, the plain 4-week average against <see cref="IntradayPooling"/>, on the synthetic 3133 (Poisson
/// weeks around the default profile) and, given a real call centre's counts (<c>date,slot,interval_start,calls</c>, any
/// interval of 30 minutes or less), on its weeks thinned to the 3133's volume.
/// </summary>
public static class BenchForecastCommand
{
    /// <summary>Calls on an average 3133 weekday (60,000 a year, Monday to Friday weighing 1.08 on average).</summary>
    private const double WeekdayCalls3133 = 178;

    public static Command Create(TextWriter output)
    {
        var repetitions = new Option<int>("--repetitions") { Description = "Synthetic weeks forecast.", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Seed of the draws.", DefaultValueFactory = _ => 1 };
        var intervals = new Option<string?>("--intervals") { Description = "A real call centre's interval counts (CSV: date,slot,interval_start,calls)." };
        var command = new Command("forecast", "Forecast accuracy, plain average against pooled intraday shapes, on the synthetic 3133 and on real counts thinned to its volume.")
        {
            repetitions, seed, intervals,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = ForecastOptions.Default;
            await output.WriteLineAsync("source                                  weeks  calls error (plain → pooled)  listeners error per half-hour (plain → pooled)");
            var (plain, pooled) = ForecastAccuracy.Synthetic(Line3133Defaults.Profile, parse.GetValue(repetitions), parse.GetValue(seed), options);
            await output.WriteLineAsync(Row("synthetic 3133 (default profile)", plain, pooled));
            if (parse.GetValue(intervals) is { } path)
            {
                var weeks = ReadWeeks(path);
                var weekdayCalls = weeks.Average(w => w.Sum()) / 5;
                var thinning = Math.Min(1, WeekdayCalls3133 / weekdayCalls);
                (plain, pooled) = ForecastAccuracy.Rolling(weeks, thinning, parse.GetValue(seed), options);
                await output.WriteLineAsync(Row($"{Path.GetFileName(path)} × {thinning:0.0000}", plain, pooled));
                (plain, pooled) = ForecastAccuracy.Rolling(weeks, 1, parse.GetValue(seed), options);
                await output.WriteLineAsync(Row($"{Path.GetFileName(path)} (whole)", plain, pooled));
            }

            return 0;
        });
        return command;
    }

    private static string Row(string source, ForecastError plain, ForecastError pooled) => string.Create(CultureInfo.InvariantCulture,
        $"{source,-40}{plain.Forecasts,5}  {plain.CallsError,12:P1} → {pooled.CallsError,-12:P1}  {plain.ListenersError,10:0.00} → {pooled.ListenersError:0.00}");

    /// <summary>Whole Monday-to-Friday weeks of half-hour counts, Monday first; a week with a weekday missing is left out.</summary>
    private static List<double[]> ReadWeeks(string path)
    {
        var date = LocalDatePattern.Iso;
        var time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
        var days = new Dictionary<LocalDate, double[]>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 4 || !date.Parse(fields[0]).TryGetValue(default, out var day) || !time.Parse(fields[2]).TryGetValue(default, out var start)
                || !double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var calls))
            {
                continue;
            }

            var slots = days.TryGetValue(day, out var found) ? found : days[day] = new double[WeeklyDemandProfile.SlotsPerDay];
            slots[WeeklyDemandProfile.SlotOf(start)] += calls;
        }

        return [.. days.GroupBy(d => d.Key.PlusDays(1 - (int)d.Key.DayOfWeek))
            .Where(week => Enumerable.Range(0, 5).All(i => days.ContainsKey(week.Key.PlusDays(i))))
            .OrderBy(week => week.Key)
            .Select(week =>
            {
                var counts = new double[WeeklyDemandProfile.SlotCount];
                foreach (var (day, slots) in week)
                {
                    slots.CopyTo(counts, WeeklyDemandProfile.Index(day.DayOfWeek, 0));
                }

                return counts;
            })];
    }
}
