using Scheduler.Solver.Quality;

namespace Scheduler.Api.Data.Entities;

/// <summary>The additive sums of <see cref="ServiceLevelCounts"/>, as columns shared by interval and period rows.</summary>
public abstract class QualityCounts
{
    /// <summary>Channel key of the row: <c>phone</c>, <c>chat</c>, <c>email</c>, or <see cref="AllChannels"/>.</summary>
    public required string Channel { get; set; }

    public int Offered { get; set; }

    public int Answered { get; set; }

    public int AnsweredWithinTarget { get; set; }

    public int Abandoned { get; set; }

    public int ShortAbandoned { get; set; }

    public int ExcludedShortAbandoned { get; set; }

    public double WaitSeconds { get; set; }

    public double HandlingSeconds { get; set; }

    public double HandledSecondsInInterval { get; set; }

    public double OnDutyListenerSeconds { get; set; }

    /// <summary>The channel key of the all-channel rows (a real value rather than null, so it can be part of a key).</summary>
    public const string AllChannels = "all";

    public static string KeyOf(CallChannel? channel) => channel is { } c ? CallChannels.Name(c) : AllChannels;

    public static CallChannel? ChannelOf(string key) => CallChannels.TryParse(key, out var c) ? c : null;

    public ServiceLevelCounts ToCounts() => new(
        Offered, Answered, AnsweredWithinTarget, Abandoned, ShortAbandoned, ExcludedShortAbandoned,
        WaitSeconds, HandlingSeconds, HandledSecondsInInterval, OnDutyListenerSeconds);

    public void SetCounts(ServiceLevelCounts c)
    {
        Offered = c.Offered;
        Answered = c.Answered;
        AnsweredWithinTarget = c.AnsweredWithinTarget;
        Abandoned = c.Abandoned;
        ShortAbandoned = c.ShortAbandoned;
        ExcludedShortAbandoned = c.ExcludedShortAbandoned;
        WaitSeconds = c.WaitSeconds;
        HandlingSeconds = c.HandlingSeconds;
        HandledSecondsInInterval = c.HandledSecondsInInterval;
        OnDutyListenerSeconds = c.OnDutyListenerSeconds;
    }
}
