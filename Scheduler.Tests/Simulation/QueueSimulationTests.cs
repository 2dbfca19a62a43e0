using Scheduler.Solver.Simulation;
using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Simulation;

/// <summary>
/// The staffing engine checked by simulation: 15 erlangs (30 calls a half-hour of 900 s each, the 3133's busiest hours
/// and more) offered for 5 000 hours to a fixed team. Erlang C and Erlang A must fall inside the simulated 95 % intervals
/// when the queue is theirs; with lognormal handling, as conversations are, Erlang C must err on the safe side.
/// </summary>
public sealed class QueueSimulationTests
{
    private const double Hours = 5000;
    private const int Seed = 2;
    private static readonly CallLoad Traffic = new(30, 1800, 900);

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(20)]
    public void Steady_ExponentialHandlingNoAbandonment_ErlangCInsideTheIntervals(int listeners)
    {
        var settings = QueueSimulation.NeverAbandon(CallGenerationSettings.Default with { HandlingDistribution = HandlingTimeDistribution.Exponential });

        var simulated = QueueSimulation.Steady(Traffic, listeners, 60, settings, Hours, Seed);

        var predicted = ErlangC.Evaluate(Traffic, listeners, 60);
        Assert.InRange(predicted.ServiceLevel, simulated.ServiceLevel.Low, simulated.ServiceLevel.High);
        Assert.InRange(predicted.ProbabilityOfWait, simulated.ProbabilityOfWait.Low, simulated.ProbabilityOfWait.High);
        Assert.InRange(predicted.AverageSpeedOfAnswerSeconds!.Value, simulated.AverageSpeedOfAnswerSeconds.Low, simulated.AverageSpeedOfAnswerSeconds.High);
        Assert.Equal(0, simulated.Abandonment.Value);
        Assert.InRange(simulated.Calls, 0.98 * Hours * 60, 1.02 * Hours * 60);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(17)]
    public void Steady_ExponentialPatience_ErlangAInsideTheIntervals(int listeners)
    {
        var settings = CallGenerationSettings.Default with { HandlingDistribution = HandlingTimeDistribution.Exponential, MeanPatience = NodaTime.Duration.FromSeconds(180) };

        var simulated = QueueSimulation.Steady(Traffic, listeners, 60, settings, Hours, Seed);

        var predicted = ErlangA.Evaluate(Traffic, listeners, 180, 60);
        Assert.InRange(predicted.ServiceLevel, simulated.ServiceLevel.Low, simulated.ServiceLevel.High);
        Assert.InRange(predicted.AbandonmentProbability, simulated.Abandonment.Low, simulated.Abandonment.High);
        Assert.InRange(predicted.ProbabilityOfWait, simulated.ProbabilityOfWait.Low, simulated.ProbabilityOfWait.High);
        Assert.True(simulated.Abandonment.Value > 0.05, $"abandonment {simulated.Abandonment.Value}");
    }

    [Theory]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(20)]
    public void Steady_LognormalHandling_ErlangCPromisesLessThanCallersGet(int listeners)
    {
        var settings = QueueSimulation.NeverAbandon(CallGenerationSettings.Default with { HandlingDistribution = HandlingTimeDistribution.LogNormal });

        var simulated = QueueSimulation.Steady(Traffic, listeners, 60, settings, Hours, Seed);

        // Handling times less variable than exponential ones (coefficient of variation 0.53) make shorter queues.
        var predicted = ErlangC.Evaluate(Traffic, listeners, 60);
        Assert.True(simulated.ServiceLevel.Low > predicted.ServiceLevel, $"{simulated.ServiceLevel} against {predicted.ServiceLevel}");
        Assert.True(simulated.AverageSpeedOfAnswerSeconds.High < predicted.AverageSpeedOfAnswerSeconds, $"{simulated.AverageSpeedOfAnswerSeconds} against {predicted.AverageSpeedOfAnswerSeconds}");
    }

    [Fact]
    public void Steady_SameSeed_SameFigures()
    {
        var settings = CallGenerationSettings.Default;

        var first = QueueSimulation.Steady(Traffic, 16, 60, settings, 200, 7);
        var second = QueueSimulation.Steady(Traffic, 16, 60, settings, 200, 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Steady_NoListener_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueSimulation.Steady(Traffic, 0, 60, CallGenerationSettings.Default, 100, 1));
    }

    [Fact]
    public void OfBatches_TwentyValues_MeanAndStudentInterval()
    {
        // 0..19: mean 9.5, sample variance 35, half-width 2.093 × √(35 / 20).
        var estimate = Estimate.OfBatches([.. Enumerable.Range(0, 20).Select(i => (double)i)]);

        Assert.Equal(9.5, estimate.Value, 12);
        Assert.Equal(9.5 - (2.093 * Math.Sqrt(35.0 / 20)), estimate.Low, 12);
        Assert.Equal(9.5 + (2.093 * Math.Sqrt(35.0 / 20)), estimate.High, 12);
        Assert.True(estimate.Contains(7) && !estimate.Contains(6.5));
    }
}
