namespace Scheduler.Solver.Staffing;

/// <summary>The traffic offered to one queue during one interval.</summary>
/// <param name="Calls">Calls (or contacts) arriving in the interval, 0 or more; fractional for forecasts.</param>
/// <param name="IntervalSeconds">Length of the interval in seconds, more than 0.</param>
/// <param name="AhtSeconds">Average handling time in seconds (talk + after-call work), more than 0.</param>
public readonly record struct CallLoad(double Calls, double IntervalSeconds, double AhtSeconds)
{
    /// <summary>Far beyond any call centre; keeps agent counts within <see cref="int"/> and every search short.</summary>
    public const double MaxOfferedLoad = 1_000_000;

    /// <summary>Offered load in erlangs: arrival rate × average handling time.</summary>
    public double OfferedLoad => Calls * AhtSeconds / IntervalSeconds;

    /// <summary>Throws when a figure is negative, zero where it must not be, NaN or infinite.</summary>
    public CallLoad Validated()
    {
        if (!double.IsFinite(Calls) || Calls < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Calls), Calls, "Calls must be a finite number, 0 or more.");
        }

        if (!double.IsFinite(IntervalSeconds) || IntervalSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(IntervalSeconds), IntervalSeconds, "The interval must be a finite number of seconds, more than 0.");
        }

        if (!double.IsFinite(AhtSeconds) || AhtSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(AhtSeconds), AhtSeconds, "The handling time must be a finite number of seconds, more than 0.");
        }

        if (OfferedLoad > MaxOfferedLoad)
        {
            throw new ArgumentOutOfRangeException(nameof(Calls), OfferedLoad, $"The offered load (calls × handling time / interval) must be at most {MaxOfferedLoad:0} erlangs.");
        }

        return this;
    }
}
