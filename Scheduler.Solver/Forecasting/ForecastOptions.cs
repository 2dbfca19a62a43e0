using NodaTime;

namespace Scheduler.Solver.Forecasting;

/// <summary>How call history becomes a weekly profile.</summary>
/// <param name="Weeks">How many whole weeks before the target week to average, 1 or more.</param>
/// <param name="RecencyDecay">
/// Weight of each older week relative to the next more recent one, in (0, 1]: week i before the target (i = 1 the most
/// recent) weighs RecencyDecay^(i − 1). 1 gives a plain average; 0.75 (the default) gives the last week 1, the one
/// before 0.75, then 0.5625 and 0.42.
/// </param>
/// <param name="PoolIntraday">Whether each day's spread over the half-hours leans on its group's (<see cref="IntradayPooling"/>).</param>
public sealed record ForecastOptions(int Weeks = 4, double RecencyDecay = 0.75, bool PoolIntraday = false)
{
    /// <summary>The service's forecast: 4 weeks, decay 0.75, intraday shapes pooled (a line of few calls a half-hour).</summary>
    public static ForecastOptions Default { get; } = new(PoolIntraday: true);

    public ForecastOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Weeks, 1, nameof(Weeks));
        if (!(RecencyDecay is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(RecencyDecay), RecencyDecay, "The recency decay must be more than 0 and at most 1.");
        }

        return this;
    }
}

/// <summary>A weekly profile and where it came from.</summary>
/// <param name="WeeksUsed">First dates of the history weeks that were averaged, most recent first; empty when the fallback profile was used.</param>
public sealed record DemandForecast(WeeklyDemandProfile Profile, IReadOnlyList<LocalDate> WeeksUsed)
{
    public bool IsFromHistory => WeeksUsed.Count > 0;
}
