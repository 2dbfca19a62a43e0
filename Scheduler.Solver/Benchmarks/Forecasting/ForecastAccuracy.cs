using NodaTime;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Benchmarks.Forecasting;

/// <summary>How far a week's forecast strays from the rates it should have found, averaged over the forecasts made.</summary>
/// <param name="Forecasts">Weeks forecast.</param>
/// <param name="CallsError">Σ |forecast − truth| / Σ truth over the half-hours with calls (WAPE), as a share.</param>
/// <param name="ListenersError">Mean |listeners needed by the forecast − by the truth| per half-hour with calls (Erlang C).</param>
public sealed record ForecastError(int Forecasts, double CallsError, double ListenersError);

/// <summary>
/// Accuracy of the weekly forecast, plain average against <see cref="IntradayPooling"/>: from weeks of half-hour counts
/// drawn around known rates (a synthetic line) or thinned from a real call centre's to the 3133's volume, each week is
/// forecast from the weeks before it as <see cref="HistoryForecaster"/> averages them, and compared with its rates.
/// </summary>
public static class ForecastAccuracy
{
    /// <summary>The 3133's default profile as the rates: <paramref name="repetitions"/> forecasts, each from fresh Poisson weeks.</summary>
    public static (ForecastError Plain, ForecastError Pooled) Synthetic(WeeklyDemandProfile rates, int repetitions, int seed, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(seed);
        var truth = rates.ToArray();
        var cases = Enumerable.Range(0, repetitions)
            .Select(_ => (History: Enumerable.Range(0, options.Weeks).Select(_ => truth.Select(rate => (double)Poisson(random, rate)).ToArray()).ToList(), Truth: truth));
        return Evaluate(cases, options);
    }

    /// <summary>
    /// Real weeks (half-hour counts, Monday first) thinned by <paramref name="thinning"/> (each call kept with that
    /// probability): every week after the first <see cref="ForecastOptions.Weeks"/> is forecast from the thinned weeks
    /// before it and compared with its own counts × <paramref name="thinning"/>, the rate the thinned line would have had.
    /// </summary>
    public static (ForecastError Plain, ForecastError Pooled) Rolling(IReadOnlyList<double[]> weeks, double thinning, int seed, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(seed);
        var thinned = weeks.Select(week => week.Select(count => (double)Binomial(random, (int)Math.Round(count), thinning)).ToArray()).ToList();
        var cases = Enumerable.Range(options.Weeks, Math.Max(0, weeks.Count - options.Weeks))
            .Select(w => (History: Enumerable.Range(1, options.Weeks).Select(back => thinned[w - back]).ToList(), Truth: weeks[w].Select(c => c * thinning).ToArray()));
        return Evaluate(cases, options);
    }

    private static (ForecastError Plain, ForecastError Pooled) Evaluate(IEnumerable<(List<double[]> History, double[] Truth)> cases, ForecastOptions options)
    {
        var (count, plainCalls, pooledCalls, plainListeners, pooledListeners) = (0, 0.0, 0.0, 0.0, 0.0);
        foreach (var (history, truth) in cases)
        {
            var averaged = HistoryForecaster.Average(history.Select((counts, i) => (i + 1, counts)), options.RecencyDecay);
            var plain = averaged.ToArray();
            var pooled = IntradayPooling.Apply(averaged, history.Count).ToArray();
            var needed = Listeners(truth);
            plainCalls += Wape(plain, truth);
            pooledCalls += Wape(pooled, truth);
            plainListeners += ListenerGap(Listeners(plain), needed, truth);
            pooledListeners += ListenerGap(Listeners(pooled), needed, truth);
            count++;
        }

        var n = Math.Max(1, count);
        return (new ForecastError(count, plainCalls / n, plainListeners / n), new ForecastError(count, pooledCalls / n, pooledListeners / n));
    }

    private static double Wape(double[] forecast, double[] truth)
    {
        var (error, volume) = (0.0, 0.0);
        for (var s = 0; s < truth.Length; s++)
        {
            if (truth[s] > 0)
            {
                error += Math.Abs(forecast[s] - truth[s]);
                volume += truth[s];
            }
        }

        return volume > 0 ? error / volume : 0;
    }

    private static double ListenerGap(int[] forecast, int[] needed, double[] truth)
    {
        var open = Enumerable.Range(0, truth.Length).Where(s => truth[s] > 0).ToList();
        return open.Count == 0 ? 0 : open.Average(s => (double)Math.Abs(forecast[s] - needed[s]));
    }

    private static int[] Listeners(double[] calls)
    {
        var seconds = WeeklyDemandProfile.SlotLength.TotalSeconds;
        var channel = Line3133Defaults.PhoneChannel;
        return [.. calls.Select(c => c <= 0 ? 0 : StaffingRequirementCalculator.ForInterval(
            new IntervalDemand(new LocalDate(2026, 3, 2), LocalTime.Midnight, channel.Channel, c, channel.DefaultAhtSeconds), channel, seconds).Agents)];
    }

    /// <summary>Knuth's product of uniforms: fine for the few calls of a half-hour.</summary>
    private static int Poisson(Random random, double mean)
    {
        var (limit, product, k) = (Math.Exp(-mean), random.NextDouble(), 0);
        while (product > limit)
        {
            product *= random.NextDouble();
            k++;
        }

        return k;
    }

    private static int Binomial(Random random, int trials, double probability) =>
        Enumerable.Range(0, trials).Count(_ => random.NextDouble() < probability);
}
