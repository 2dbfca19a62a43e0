using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Staffing;

public sealed class ErlangATests
{
    // pyworkforce scenario: 100 calls per 30 min, AHT 180 s, mean patience 300 s, target 20 s.
    private static readonly CallLoad TenErlangs = new(100, 1800, 180);

    // Source: rodrigo-arenas/pyworkforce@ca4892502d2d92cc996c9fde96293ff90b560426
    // pyworkforce/queuing/tests/test_abandonment.py::test_erlanga_regression_metrics (14 agents: ASA 0.069919 min) and
    // docs/guide/erlanga.md required_positions example (13 agents, printed to 3 decimals, ASA 0.125 min).
    [Theory]
    [InlineData(14, 0.14526, 0.013984, 0.704297, 4.19514, 0.916792, 6e-6, 0.0003)]
    [InlineData(13, 0.226, 0.025, 0.750, 7.5, 0.858, 6e-4, 0.03)]
    public void Evaluate_PyworkforceVectors_MatchPublishedFigures(
        int agents, double wait, double abandonment, double occupancy, double asaSeconds, double serviceLevel, double tolerance, double asaTolerance)
    {
        var result = ErlangA.Evaluate(TenErlangs, agents, 300, 20);

        Assert.Equal(wait, result.ProbabilityOfWait, tolerance);
        Assert.Equal(abandonment, result.AbandonmentProbability, tolerance);
        Assert.Equal(occupancy, result.Occupancy, tolerance);
        Assert.Equal(asaSeconds, result.AverageSpeedOfAnswerSeconds, asaTolerance);
        Assert.Equal(serviceLevel, result.ServiceLevel, tolerance);
    }

    [Theory]
    [InlineData(10.0, 14, 180.0, 300.0, 20.0)]
    [InlineData(10.0, 5, 180.0, 60.0, 20.0)]
    [InlineData(3.75, 6, 900.0, 180.0, 60.0)]
    [InlineData(50.0, 10, 180.0, 60.0, 30.0)]
    [InlineData(5000.0, 5050, 900.0, 300.0, 60.0)]
    [InlineData(5000.0, 4900, 900.0, 600.0, 60.0)]
    [InlineData(5000.0, 6000, 900.0, 300.0, 60.0)]
    [InlineData(4321.5, 4400, 600.0, 3000.0, 20.0)]
    [InlineData(10.0, 12, 180.0, 300.0, 600.0)]
    [InlineData(10.0, 30, 180.0, 300.0, 1.0)]
    [InlineData(10.0, 0, 180.0, 300.0, 20.0)]
    public void Evaluate_AgainstIndependentChainAndIntegral_AgreesTo1e9(double load, int agents, double aht, double patience, double target)
    {
        var expected = ReferenceErlangA.Compute(load, agents, aht, patience, target);

        var result = ErlangA.Evaluate(new CallLoad(load, aht, aht), agents, patience, target);

        AssertRelative(expected.ProbabilityOfWait, result.ProbabilityOfWait);
        AssertRelative(expected.Abandonment, result.AbandonmentProbability);
        AssertRelative(expected.ServiceLevel, result.ServiceLevel);
        AssertRelative(expected.AsaSeconds, result.AverageSpeedOfAnswerSeconds);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(11)]
    [InlineData(20)]
    public void Evaluate_PatienceWithoutBound_ConvergesToErlangC(int agents)
    {
        var erlangC = ErlangC.Evaluate(TenErlangs, agents, 20);
        var previousGap = double.MaxValue;
        foreach (var patience in new[] { 1e4, 1e6, 1e8 })
        {
            var erlangA = ErlangA.Evaluate(TenErlangs, agents, patience, 20);
            var gap = Math.Abs(erlangA.ServiceLevel - erlangC.ServiceLevel);
            Assert.True(gap < previousGap, $"gap {gap} did not shrink at patience {patience}");
            previousGap = gap;
        }

        var patient = ErlangA.Evaluate(TenErlangs, agents, 1e9, 20);
        Assert.Equal(erlangC.ProbabilityOfWait, patient.ProbabilityOfWait, 1e-6);
        Assert.Equal(erlangC.ServiceLevel, patient.ServiceLevel, 1e-6);
        Assert.Equal(erlangC.AverageSpeedOfAnswerSeconds!.Value, patient.AverageSpeedOfAnswerSeconds, erlangC.AverageSpeedOfAnswerSeconds.Value * 1e-5);
        Assert.Equal(erlangC.Occupancy, patient.Occupancy, 1e-6);
        Assert.True(patient.AbandonmentProbability < 1e-6);
    }

    [Fact]
    public void Evaluate_TargetWithoutBound_ServiceLevelIsEveryoneAnswered()
    {
        var result = ErlangA.Evaluate(TenErlangs, 12, 300, 1e6);

        Assert.Equal(1 - result.AbandonmentProbability, result.ServiceLevel, 1e-12);
    }

    [Fact]
    public void Evaluate_ZeroTarget_ServiceLevelIsImmediateAnswer()
    {
        var result = ErlangA.Evaluate(TenErlangs, 12, 300, 0);

        Assert.Equal(1 - result.ProbabilityOfWait, result.ServiceLevel, 1e-12);
    }

    [Fact]
    public void Evaluate_ZeroCalls_NobodyWaitsOrAbandons()
    {
        var result = ErlangA.Evaluate(new CallLoad(0, 1800, 900), 0, 300, 60);

        Assert.Equal(new ErlangAResult(0, 0, 0, 1, 0, 0), result);
    }

    [Fact]
    public void Evaluate_NoAgents_EveryoneAbandons()
    {
        var result = ErlangA.Evaluate(TenErlangs, 0, 300, 20);

        Assert.Equal(1, result.ProbabilityOfWait);
        Assert.Equal(1, result.AbandonmentProbability, 1e-12);
        Assert.Equal(0, result.ServiceLevel);
        Assert.Equal(300, result.AverageSpeedOfAnswerSeconds, 1e-9);
    }

    [Fact]
    public void Evaluate_UnderStaffedAndHugeLoads_NeverNaNOrInfinite()
    {
        foreach (var load in new[] { 0.01, 3.75, 100, 5000 })
        {
            foreach (var agents in new[] { 1, 3, 50, 4000, 6000 })
            {
                var result = ErlangA.Evaluate(new CallLoad(load, 900, 900), agents, 120, 60);

                Assert.InRange(result.ProbabilityOfWait, 0, 1);
                Assert.InRange(result.AbandonmentProbability, 0, 1);
                Assert.InRange(result.ServiceLevel, 0, 1);
                Assert.InRange(result.Occupancy, 0, 1);
                Assert.True(double.IsFinite(result.AverageSpeedOfAnswerSeconds));
            }
        }
    }

    [Theory]
    [InlineData(3.75)]
    [InlineData(10.0)]
    [InlineData(400.0)]
    public void Evaluate_EveryAgentCountUpTo1000_NeverNaNAndMonotone(double load)
    {
        var previous = ErlangA.Evaluate(new CallLoad(load, 900, 900), 0, 180, 60);
        for (var agents = 1; agents <= 1000; agents++)
        {
            var result = ErlangA.Evaluate(new CallLoad(load, 900, 900), agents, 180, 60);

            Assert.False(double.IsNaN(result.ServiceLevel) || double.IsNaN(result.AbandonmentProbability), $"NaN at {agents} agents");
            Assert.True(result.ServiceLevel >= previous.ServiceLevel - 1e-12, $"service level fell at {agents} agents");
            Assert.True(result.AbandonmentProbability <= previous.AbandonmentProbability + 1e-12, $"abandonment rose at {agents} agents");
            previous = result;
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.PositiveInfinity)]
    public void Evaluate_PatienceNotPositiveFinite_Throws(double patience) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Evaluate(TenErlangs, 12, patience, 20));

    private static void AssertRelative(double expected, double actual)
    {
        Assert.True(double.IsFinite(actual), $"not finite: {actual}");
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
    }
}
