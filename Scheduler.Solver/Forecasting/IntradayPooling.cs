namespace Scheduler.Solver.Forecasting;

/// <summary>
/// Steadies a weekly profile averaged from few calls: each day keeps its own total, and its spread over the half-hours
/// leans on the shape of the days like it (Monday to Friday, or the weekend), smoothed over neighbouring half-hours, as
/// far as its own calls are few. A line of 60,000 calls a year gets about 9 calls a half-hour: a 4-week average of a
/// half-hour then strays by a sixth from its real rate, which Erlang C turns into a listener more or less, half-hour by
/// half-hour. Days' totals are steadier (about 700 calls over 4 weeks) and days alike share their shape; call centres
/// forecast that way (a daily volume, then its intraday distribution). The more calls a day has, the more its own shape
/// counts (<see cref="PseudoCalls"/>), so a busy line keeps its days' own peaks. A half-hour the day had no call in (the
/// line closed, or shorter that day) stays without. Measured by <c>bench forecast</c> (see the README's *Forecast*).
/// </summary>
public static class IntradayPooling
{
    /// <summary>
    /// How many calls the shape of the days alike counts for: a day's own shape weighs calls / (calls + this). With 4 weeks
    /// of the 3133 (about 700 calls a weekday) its own shape weighs an eighth; with a bank's 32,000 a day, 96 %. Of 1 000,
    /// 2 000, 5 000 and 20 000, the larger did better on both lines of <c>bench forecast</c>, and 5 000 keeps a busy line's
    /// days their own shape.
    /// </summary>
    public const double PseudoCalls = 5000;

    /// <summary>Weights of a half-hour and its two neighbours in the smoothing.</summary>
    private static readonly double[] Kernel = [0.25, 0.5, 0.25];

    /// <param name="profile">The averaged profile (calls per half-hour of an average week).</param>
    /// <param name="weeksAveraged">How many weeks it averaged: with the profile's totals, how many calls each day rests on.</param>
    public static WeeklyDemandProfile Apply(WeeklyDemandProfile profile, double weeksAveraged)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeksAveraged, 1);
        const int slots = WeeklyDemandProfile.SlotsPerDay;
        var raw = profile.ToArray().Chunk(slots).ToArray();
        var result = new double[WeeklyDemandProfile.SlotCount];
        foreach (var group in new[] { new[] { 0, 1, 2, 3, 4 }, [5, 6] })
        {
            var pooled = new double[slots];
            foreach (var d in group)
            {
                for (var s = 0; s < slots; s++)
                {
                    pooled[s] += raw[d][s];
                }
            }

            var pooledShape = Normalised(Smoothed(Normalised(pooled), pooled));
            foreach (var d in group)
            {
                var total = raw[d].Sum();
                if (total <= 0)
                {
                    continue;
                }

                var own = Normalised(raw[d]);
                var weight = total * weeksAveraged / ((total * weeksAveraged) + PseudoCalls);
                // Only the half-hours the day itself had calls in: a day the line opens shorter keeps its hours.
                var shape = Normalised([.. Enumerable.Range(0, slots).Select(s => raw[d][s] > 0 ? (weight * own[s]) + ((1 - weight) * pooledShape[s]) : 0)]);
                for (var s = 0; s < slots; s++)
                {
                    result[(d * slots) + s] = total * shape[s];
                }
            }
        }

        return new WeeklyDemandProfile(result);
    }

    /// <summary>Each half-hour the group ever has calls in, averaged with its neighbours of the same kind; the others stay at 0.</summary>
    private static double[] Smoothed(double[] shape, double[] pooled)
    {
        var smoothed = new double[shape.Length];
        for (var s = 0; s < shape.Length; s++)
        {
            if (pooled[s] <= 0)
            {
                continue;
            }

            var (sum, weights) = (0.0, 0.0);
            for (var k = -1; k <= 1; k++)
            {
                if (s + k >= 0 && s + k < shape.Length && pooled[s + k] > 0)
                {
                    sum += Kernel[k + 1] * shape[s + k];
                    weights += Kernel[k + 1];
                }
            }

            smoothed[s] = sum / weights;
        }

        return smoothed;
    }

    private static double[] Normalised(double[] values)
    {
        var total = values.Sum();
        return total <= 0 ? new double[values.Length] : [.. values.Select(v => v / total)];
    }
}
