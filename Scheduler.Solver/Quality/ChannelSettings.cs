using NodaTime;

namespace Scheduler.Solver.Quality;

/// <summary>Service-level definitions of one channel.</summary>
public sealed record ChannelSettings
{
    /// <summary>A call answered after waiting at most this long counts as answered within target (inclusive).</summary>
    public Duration Target { get; init; } = Duration.FromSeconds(60);

    /// <summary>An unanswered call whose caller gave up strictly sooner than this after being offered is a short abandon.</summary>
    public Duration ShortAbandonThreshold { get; init; } = Duration.FromSeconds(5);

    /// <summary>Whether short abandons leave the denominators (and the abandonment numerator).</summary>
    public bool ExcludeShortAbandons { get; init; } = true;

    /// <summary>Service level the line promises (breach below it).</summary>
    public double ServiceLevelGoal { get; init; } = 0.80;

    /// <summary>Highest acceptable abandonment rate (breach above it).</summary>
    public double MaxAbandonmentRate { get; init; } = 0.10;

    public static ChannelSettings Default { get; } = new();
}

/// <summary>Settings per channel; a channel without an entry uses <see cref="ChannelSettings.Default"/>.</summary>
public sealed record ServiceLevelSettings(IReadOnlyDictionary<CallChannel, ChannelSettings> Channels)
{
    public static ServiceLevelSettings Default { get; } = new(new Dictionary<CallChannel, ChannelSettings>());

    public ChannelSettings For(CallChannel channel) =>
        Channels.TryGetValue(channel, out var settings) ? settings : ChannelSettings.Default;
}
