using NodaTime;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Staffing;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Reporting;

public sealed class ServiceLevelForecastTests
{
    /// <summary>15 minutes per call, 80 % within 60 s: the 3133's phone channel.</summary>
    private static readonly ChannelProfile Phone = new("phone", new StaffingTargets(0.8, 60), 0, 900);

    private static SlotCoverage Slot(string start, int listeners) =>
        new(Monday, Time(start), Time(start).PlusMinutes(30), 0, 2, listeners, 1);

    [Fact]
    public void Of_SlotWithCalls_IsErlangCWithThePlannedListeners()
    {
        // 4 calls of 900 s in 1 800 s = 2 erlangs on 3 listeners: C(3, 2) = 4/9 (Erlang B 0.2105 → C), and
        // SL = 1 − 4/9 · e^(−(3 − 2) · 60 / 900) = 0.5842, worked by hand.
        var calls = new Dictionary<(LocalDate, LocalTime), double> { [(Monday, Time("09:00"))] = 4 };

        var slot = Assert.Single(ServiceLevelForecast.Of([Slot("09:00", 3)], calls, Phone));

        Assert.Equal(0.5842, slot.ServiceLevel, 4);
        Assert.Equal((4.0, 3, Time("09:30")), (slot.ExpectedCalls, slot.Listeners, slot.End));
    }

    [Fact]
    public void Of_NoMoreListenersThanTheLoad_AnswersNothingInTime()
    {
        var calls = new Dictionary<(LocalDate, LocalTime), double> { [(Monday, Time("09:00"))] = 4, [(Monday, Time("09:30"))] = 4 };

        var levels = ServiceLevelForecast.Of([Slot("09:00", 2), Slot("09:30", 0)], calls, Phone);

        Assert.All(levels, l => Assert.Equal(0, l.ServiceLevel));
    }

    [Fact]
    public void Of_SlotWithoutCalls_KeepsNobodyWaiting()
    {
        var slot = Assert.Single(ServiceLevelForecast.Of([Slot("09:00", 0)], new Dictionary<(LocalDate, LocalTime), double>(), Phone));

        Assert.Equal((0.0, 1.0), (slot.ExpectedCalls, slot.ServiceLevel));
    }

    [Fact]
    public void Of_OneMoreListener_RaisesTheLevel()
    {
        var calls = new Dictionary<(LocalDate, LocalTime), double> { [(Monday, Time("09:00"))] = 4, [(Monday, Time("09:30"))] = 4 };

        var levels = ServiceLevelForecast.Of([Slot("09:00", 3), Slot("09:30", 4)], calls, Phone);

        Assert.True(levels[1].ServiceLevel > levels[0].ServiceLevel);
    }

    [Fact]
    public void Of_ChannelKnowsThePatience_ErlangAAbandonmentBesideErlangCLevel()
    {
        var patient = Phone with { MeanPatienceSeconds = 180 };
        var calls = new Dictionary<(LocalDate, LocalTime), double> { [(Monday, Time("09:00"))] = 4 };

        var known = Assert.Single(ServiceLevelForecast.Of([Slot("09:00", 3), Slot("09:30", 3)], calls, patient), s => s.ExpectedCalls > 0);
        var quiet = Assert.Single(ServiceLevelForecast.Of([Slot("09:30", 3)], calls, patient));
        var unknown = Assert.Single(ServiceLevelForecast.Of([Slot("09:00", 3)], calls, Phone));

        Assert.Equal(ErlangA.Evaluate(new CallLoad(4, 1800, 900), 3, 180, 60).AbandonmentProbability, known.Abandonment!.Value, 12);
        Assert.InRange(known.Abandonment.Value, 0.01, 0.5);
        Assert.Equal(0.5842, known.ServiceLevel, 4);
        Assert.Equal(0, quiet.Abandonment);
        Assert.Null(unknown.Abandonment);
    }

    [Fact]
    public void OverallAbandonment_WeighsEachSlotByItsCalls_NullWithoutPatience()
    {
        SlotServiceLevel[] slots =
        [
            new(Monday, Time("09:00"), Time("09:30"), 6, 3, 0.9, 0.05),
            new(Monday, Time("09:30"), Time("10:00"), 2, 3, 0.9, 0.01),
            new(Monday, Time("10:00"), Time("10:30"), 0, 3, 1, 0),
        ];

        Assert.Equal(((6 * 0.05) + (2 * 0.01)) / 8, ServiceLevelForecast.OverallAbandonment(slots)!.Value, 12);
        Assert.Null(ServiceLevelForecast.OverallAbandonment([new SlotServiceLevel(Monday, Time("09:00"), Time("09:30"), 6, 3, 0.9)]));
    }

    [Fact]
    public void Overall_WeighsEachSlotByItsCalls()
    {
        SlotServiceLevel[] slots =
        [
            new(Monday, Time("09:00"), Time("09:30"), 4, 3, 0.5),
            new(Monday, Time("09:30"), Time("10:00"), 1, 3, 1.0),
            new(Monday, Time("10:00"), Time("10:30"), 0, 0, 1.0),
        ];

        Assert.Equal((4 * 0.5 + 1) / 5, ServiceLevelForecast.Overall(slots)!.Value, 9);
        Assert.Null(ServiceLevelForecast.Overall([slots[2]]));
    }
}
