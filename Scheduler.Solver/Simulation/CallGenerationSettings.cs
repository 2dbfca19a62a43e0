using NodaTime;
using Scheduler.Solver.Quality;

namespace Scheduler.Solver.Simulation;

public enum HandlingTimeDistribution
{
    /// <summary>Right-skewed with a long tail, as conversation lengths are; spread set by <see cref="CallGenerationSettings.HandlingSigma"/>.</summary>
    LogNormal,
    Exponential,
}

/// <summary>How synthetic calls behave. Defaults follow the design: 10 min talk + 5 min after-call work ≈ 900 s handling.</summary>
public sealed record CallGenerationSettings
{
    /// <summary>Mean answered→ended time.</summary>
    public Duration MeanHandling { get; init; } = Duration.FromSeconds(900);

    public HandlingTimeDistribution HandlingDistribution { get; init; } = HandlingTimeDistribution.LogNormal;

    /// <summary>σ of the underlying normal of the lognormal (0.5 puts ~95 % of calls between 0.33× and 2.4× the median).</summary>
    public double HandlingSigma { get; init; } = 0.5;

    /// <summary>Mean of the exponential time a caller is willing to wait before hanging up.</summary>
    public Duration MeanPatience { get; init; } = Duration.FromSeconds(180);

    public CallChannel Channel { get; init; } = CallChannel.Phone;

    /// <summary>Prefix of generated call ids (<c>sim-0000001</c>…), so synthetic records are recognisable.</summary>
    public string IdPrefix { get; init; } = "sim";

    public static CallGenerationSettings Default { get; } = new();
}

/// <summary>Expected calls offered in [<see cref="Start"/>, Start + <see cref="Length"/>).</summary>
public sealed record DemandInterval(Instant Start, Duration Length, double ExpectedCalls);

/// <summary>Listeners on duty (free to answer) in [<see cref="Start"/>, Start + <see cref="Length"/>).</summary>
public sealed record DutyInterval(Instant Start, Duration Length, IReadOnlyList<string> ListenerIds);
