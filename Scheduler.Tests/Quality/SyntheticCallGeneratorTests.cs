using NodaTime;
using Scheduler.Solver.Simulation;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Quality;

public sealed class SyntheticCallGeneratorTests
{
    private static readonly Duration HalfHourLength = Duration.FromMinutes(30);

    /// <summary>One week of 09:00–20:00 half-hours from Monday 2 March 2026 at <paramref name="callsPerHalfHour"/>.</summary>
    private static List<DemandInterval> Week(double callsPerHalfHour) =>
        [.. Enumerable.Range(0, 7).SelectMany(d => Enumerable.Range(0, 22).Select(h =>
            new DemandInterval(At(2026, 3, 2 + d, 9, 0) + (HalfHourLength * h), HalfHourLength, callsPerHalfHour)))];

    private static List<DutyInterval> Staffed(IEnumerable<DemandInterval> demand, int listeners) =>
        [.. demand.Select(d => new DutyInterval(d.Start, d.Length, [.. Enumerable.Range(1, listeners).Select(i => $"L{i}")]))];

    [Fact]
    public void Generate_ManyListeners_NobodyAbandons()
    {
        var demand = Week(8);

        var calls = new SyntheticCallGenerator(CallGenerationSettings.Default, 42).Generate(demand, Staffed(demand, 40));

        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.True(c.IsAnswered));
        Assert.All(calls, c => Assert.Equal(Duration.Zero, c.WaitTime));
    }

    [Fact]
    public void Generate_NoListeners_EverybodyAbandons()
    {
        var demand = Week(8);

        var calls = new SyntheticCallGenerator(CallGenerationSettings.Default, 42).Generate(demand, []);

        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.False(c.IsAnswered));
    }

    [Fact]
    public void Generate_Week_CallCountAndMeanHandlingNearConfigured()
    {
        var demand = Week(10); // 1,540 expected calls: Poisson sd ≈ 39, so ±5 % is more than 3 sd

        var calls = new SyntheticCallGenerator(CallGenerationSettings.Default, 1).Generate(demand, Staffed(demand, 40));

        Assert.InRange(calls.Count, 1540 * 0.95, 1540 * 1.05);
        // Lognormal σ = 0.5 around 900 s: sd ≈ 480 s, so the mean of ~1,540 has sd ≈ 12 s; ±5 % = 45 s.
        Assert.InRange(calls.Average(c => c.HandlingTime!.Value.TotalSeconds), 855, 945);
    }

    [Fact]
    public void Generate_OneListener_FifoAndNeverTwoCallsAtOnce()
    {
        var demand = Week(4);

        var calls = new SyntheticCallGenerator(CallGenerationSettings.Default, 3).Generate(demand, Staffed(demand, 1));

        var answered = calls.Where(c => c.IsAnswered).OrderBy(c => c.OfferedAt).ToList();
        Assert.Contains(calls, c => !c.IsAnswered);
        for (var i = 1; i < answered.Count; i++)
        {
            Assert.True(answered[i].AnsweredAt >= answered[i - 1].EndedAt, "one listener handles one call at a time, in arrival order");
        }

        Assert.All(calls.Where(c => !c.IsAnswered), c => Assert.Null(c.ListenerId));
    }

    [Fact]
    public void Generate_ListenerOffDuty_WaitsForShiftStart()
    {
        var start = At(2026, 3, 2, 9, 0);
        DemandInterval[] demand = [new(start, HalfHourLength, 20)];
        DutyInterval[] duty = [new(start + Duration.FromMinutes(10), Duration.FromMinutes(20), ["L1"])];
        var patient = CallGenerationSettings.Default with { MeanPatience = Duration.FromDays(365) };

        var calls = new SyntheticCallGenerator(patient, 5).Generate(demand, duty);

        Assert.All(calls.Where(c => c.IsAnswered), c => Assert.True(c.AnsweredAt >= start + Duration.FromMinutes(10)));
        Assert.Contains(calls, c => c.IsAnswered);
    }

    [Fact]
    public void Generate_SameSeed_SameRecords()
    {
        var demand = Week(5);
        var duty = Staffed(demand, 3);

        var first = new SyntheticCallGenerator(CallGenerationSettings.Default, 11).Generate(demand, duty);
        var second = new SyntheticCallGenerator(CallGenerationSettings.Default, 11).Generate(demand, duty);
        var other = new SyntheticCallGenerator(CallGenerationSettings.Default, 12).Generate(demand, duty);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }
}
