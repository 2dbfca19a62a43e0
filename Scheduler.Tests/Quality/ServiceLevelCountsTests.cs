using NodaTime;
using Scheduler.Solver.Quality;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Quality;

/// <summary>
/// The hand-computed case: six phone calls offered between 09:00 and 09:30 — answered after 20 s, 60 s and 100 s
/// (handled 600 s, 300 s, 900 s), abandoned after 3 s (short), 45 s and 5 s (not short: the threshold is strict).
/// Offered 6, answered 3, within 60 s 2, abandoned 3, short 1, so the denominator is 6 − 1 = 5.
/// </summary>
public sealed class ServiceLevelCountsTests
{
    private static readonly Instant Nine = At(2026, 3, 2, 9, 0);

    private static IReadOnlyList<CallRecord> SixCalls() =>
    [
        Answered("a", Nine, 20, 600),
        Answered("b", Nine + Duration.FromMinutes(5), 60, 300),
        Answered("c", Nine + Duration.FromMinutes(20), 100, 900),
        Abandoned("d", Nine + Duration.FromMinutes(1), 3),
        Abandoned("e", Nine + Duration.FromMinutes(2), 45),
        Abandoned("f", Nine + Duration.FromMinutes(3), 5),
    ];

    private static ServiceLevelCounts Count(ChannelSettings settings) =>
        ServiceLevelCounts.Sum(SixCalls().Select(c => ServiceLevelCounts.Of(c, settings)));

    [Fact]
    public void Counts_HandCase_OfferedAnsweredAbandonedShort()
    {
        var counts = Count(ChannelSettings.Default);

        Assert.Equal((6, 3, 2, 3, 1, 5), (counts.Offered, counts.Answered, counts.AnsweredWithinTarget, counts.Abandoned, counts.ShortAbandoned, counts.Denominator));
    }

    [Fact]
    public void ServiceLevel_HandCase_AnsweredWithinTargetOverOfferedMinusShort() =>
        Assert.Equal(2.0 / 5, Count(ChannelSettings.Default).ServiceLevel);

    [Fact]
    public void AnswerRate_HandCase_AnsweredOverOfferedMinusShort() =>
        Assert.Equal(3.0 / 5, Count(ChannelSettings.Default).AnswerRate);

    [Fact]
    public void AbandonmentRate_HandCase_LongAbandonsOverOfferedMinusShort() =>
        Assert.Equal((3.0 - 1) / 5, Count(ChannelSettings.Default).AbandonmentRate);

    [Fact]
    public void AverageSpeedOfAnswer_HandCase_MeanWaitOfAnsweredCalls() =>
        Assert.Equal((20.0 + 60 + 100) / 3, Count(ChannelSettings.Default).AverageSpeedOfAnswerSeconds);

    [Fact]
    public void AverageHandling_HandCase_MeanAnsweredToEnded() =>
        Assert.Equal((600.0 + 300 + 900) / 3, Count(ChannelSettings.Default).AverageHandlingSeconds);

    [Fact]
    public void Rates_ShortAbandonsIncluded_DenominatorIsOffered()
    {
        var counts = Count(ChannelSettings.Default with { ExcludeShortAbandons = false });

        Assert.Equal((2.0 / 6, 3.0 / 6, 3.0 / 6), (counts.ServiceLevel, counts.AnswerRate, counts.AbandonmentRate));
    }

    [Fact]
    public void ServiceLevel_LongerTarget_CountsSlowerAnswers() =>
        Assert.Equal(3.0 / 5, Count(ChannelSettings.Default with { Target = Duration.FromSeconds(100) }).ServiceLevel);

    [Fact]
    public void Rates_OnlyShortAbandons_NullNotNaN()
    {
        var counts = ServiceLevelCounts.Of(Abandoned("x", Nine, 2), ChannelSettings.Default);

        Assert.Equal(0, counts.Denominator);
        Assert.Null(counts.ServiceLevel);
        Assert.Null(counts.AnswerRate);
        Assert.Null(counts.AbandonmentRate);
        Assert.Null(counts.AverageSpeedOfAnswerSeconds);
        Assert.Null(counts.AverageHandlingSeconds);
        Assert.Null(counts.Occupancy);
    }

    [Fact]
    public void Occupancy_HandledOverOnDuty()
    {
        var counts = ServiceLevelCounts.Zero with { HandledSecondsInInterval = 1400, OnDutyListenerSeconds = 2 * 1800 };

        Assert.Equal(1400.0 / 3600, counts.Occupancy);
    }
}
