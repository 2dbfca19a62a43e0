using NodaTime;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Simulation;

namespace Scheduler.Tests.Quality;

/// <summary>
/// Callers' mean patience from call records: found again from calls simulated with a known patience (with and without
/// short abandons left out), hand-made records for the arithmetic, and no estimate on too few abandons.
/// </summary>
public sealed class CallerPatienceTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 0);

    [Theory]
    [InlineData(180, 0)]
    [InlineData(180, 5)]
    [InlineData(90, 5)]
    public void Estimate_SimulatedCallers_FindsTheirPatience(double meanPatience, double shortAbandonSeconds)
    {
        // 15 erlangs on 14 listeners for 400 hours: about 24 000 calls, several thousand abandons.
        var settings = CallGenerationSettings.Default with { MeanPatience = Duration.FromSeconds(meanPatience) };
        var demand = Enumerable.Range(0, 400).Select(h => new DemandInterval(Start + Duration.FromHours(h), Duration.FromHours(1), 60)).ToList();
        var duty = new[] { new DutyInterval(Start, Duration.FromHours(401), [.. Enumerable.Range(1, 14).Select(i => $"l{i}")]) };
        var calls = new SyntheticCallGenerator(settings, 17).Generate(demand, duty);

        var estimate = CallerPatience.Estimate(calls, Duration.FromSeconds(shortAbandonSeconds), out _);

        Assert.NotNull(estimate);
        Assert.True(estimate.Abandoned > 1000, $"{estimate.Abandoned} abandons");
        Assert.InRange(estimate.MeanPatienceSeconds, meanPatience * 0.95, meanPatience * 1.05);
    }

    [Fact]
    public void Estimate_HandMadeRecords_WaitBeyondTheThresholdPerAbandon()
    {
        // 20 callers hang up after 65 s, 10 are answered after 25 s, one hangs up after 3 s (a short abandon).
        var calls = Enumerable.Range(0, 20).Select(i => Abandoned(i, 65))
            .Concat(Enumerable.Range(20, 10).Select(i => Answered(i, 25)))
            .Append(Abandoned(30, 3)).ToList();

        var estimate = CallerPatience.Estimate(calls, Duration.FromSeconds(5), out var counted);

        // Waited beyond 5 s: 20 × 60 + 10 × 20 = 1 400 s, for 20 abandons.
        Assert.Equal(new PatienceEstimate(30, 20, 70), estimate);
        Assert.Equal((30, 20), counted);
    }

    [Fact]
    public void Estimate_FewerAbandonsThanTheLeast_NoneButTheCounts()
    {
        var calls = Enumerable.Range(0, CallerPatience.LeastAbandons - 1).Select(i => Abandoned(i, 65)).Append(Answered(99, 10)).ToList();

        var estimate = CallerPatience.Estimate(calls, Duration.FromSeconds(5), out var counted);

        Assert.Null(estimate);
        Assert.Equal((CallerPatience.LeastAbandons, CallerPatience.LeastAbandons - 1), counted);
    }

    private static CallRecord Abandoned(int i, double afterSeconds) =>
        new($"c{i}", CallChannel.Phone, Start + Duration.FromMinutes(i), null, Start + Duration.FromMinutes(i) + Duration.FromSeconds(afterSeconds), null);

    private static CallRecord Answered(int i, double afterSeconds)
    {
        var answered = Start + Duration.FromMinutes(i) + Duration.FromSeconds(afterSeconds);
        return new($"c{i}", CallChannel.Phone, Start + Duration.FromMinutes(i), answered, answered + Duration.FromMinutes(10), "l1");
    }
}
