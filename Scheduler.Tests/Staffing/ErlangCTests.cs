using System.Numerics;
using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Staffing;

public sealed class ErlangCTests
{
    // Call Centre Helper scenario: 100 calls per 30 min, AHT 180 s (10 erlangs), target 20 s.
    private static readonly CallLoad TenErlangs = new(100, 1800, 180);

    // Source: cran/ErlangC@b1210c7417f5fa5f7dba3dbe5445b9609c913c7a tests/testthat/test-calculate_agents.R, process table
    // (agents, wait probability, service level, ASA in seconds), and test-erlang_c.R for 14 agents.
    [Theory]
    [InlineData(11, 0.6821182, 0.3896138, 122.78127684408)]
    [InlineData(12, 0.4493882, 0.640158, 40.4449401868444)]
    [InlineData(13, 0.2852705, 0.7955948, 17.1162271821896)]
    [InlineData(14, 0.17413193, 0.88835002, 7.83593701177724)]
    public void Evaluate_CranErlangCTable_MatchesPublishedFigures(int agents, double wait, double serviceLevel, double asa)
    {
        var result = ErlangC.Evaluate(TenErlangs, agents, 20);

        Assert.Equal(10, result.OfferedLoad, 12);
        Assert.Equal(wait, result.ProbabilityOfWait, 6);
        Assert.Equal(serviceLevel, result.ServiceLevel, 6);
        Assert.Equal(asa, result.AverageSpeedOfAnswerSeconds!.Value, 1e-9 * asa);
        Assert.Equal(10.0 / agents, result.Occupancy, 12);
    }

    // Source: mmarzolla/queueing@f36e01c546a5fed92b68de9a2d50d0ae7653dbe3 inst/qsmmm.m %!test (ETH Zurich ASL 2017 slides):
    // lambda = 9, mu = 5; m = 2 gives lambda*Wq = 7.674 and R = 1.053; m = 4 gives lambda*Wq = 0.105 and R = 0.212 (tol 1e-3).
    [Theory]
    [InlineData(2, 7.674, 1.053)]
    [InlineData(4, 0.105, 0.212)]
    public void Evaluate_OctaveQueueingMmm_MatchesMeanQueueAndResponseTime(int servers, double meanWaiting, double responseTime)
    {
        var result = ErlangC.Evaluate(new CallLoad(9, 1, 0.2), servers, 0);

        var asa = result.AverageSpeedOfAnswerSeconds!.Value;
        Assert.Equal(meanWaiting, 9 * asa, 1e-3);
        Assert.Equal(responseTime, asa + 0.2, 1e-3);
    }

    // Source: http://personal.telefonica.terra.es/web/vr/erlang/eng/mcerlc.htm (Erlang C calculator help, Example), rounded figures:
    // 20 erlangs need 26 circuits for a 15 % delay probability with about 3 s average delay; 30 circuits give 2.5 %;
    // 30 circuits at 15 % carry 23.6 erlangs.
    [Fact]
    public void ProbabilityOfWait_TelefonicaExample_MatchesRoundedFigures()
    {
        Assert.True(ErlangC.ProbabilityOfWait(26, 20) <= 0.15);
        Assert.True(ErlangC.ProbabilityOfWait(25, 20) > 0.15);
        Assert.Equal(3, ErlangC.AverageSpeedOfAnswerSeconds(26, 20, 120)!.Value, 0.5);
        Assert.Equal(0.025, ErlangC.ProbabilityOfWait(30, 20), 0.0005);
        Assert.Equal(0.15, ErlangC.ProbabilityOfWait(30, 23.6), 0.005);
    }

    [Theory]
    [InlineData(11, 10, 1)]
    [InlineData(14, 10, 1)]
    [InlineData(5001, 5000, 1)]
    [InlineData(5050, 5000, 1)]
    [InlineData(5100, 5000, 1)]
    [InlineData(5300, 5000, 1)]
    [InlineData(6000, 5000, 1)]
    [InlineData(5000, 9999, 2)]
    [InlineData(1300, 123456, 100)]
    [InlineData(6000, 599999, 100)]
    public void Figures_LoadsUpTo5000ErlangsAnd6000Agents_MatchExactRationalComputationTo1e9(int agents, int numerator, int denominator)
    {
        var load = (double)numerator / denominator;
        var (exactWait, exactNoWait) = ExactErlangC.Probabilities(agents, numerator, new BigInteger(denominator));

        var wait = ErlangC.ProbabilityOfWait(agents, load);
        var serviceLevel = ErlangC.ServiceLevel(agents, load, 900, 60);
        var asa = ErlangC.AverageSpeedOfAnswerSeconds(agents, load, 900)!.Value;

        AssertRelative(exactWait, wait);
        AssertRelative(exactNoWait + (exactWait * (1 - Math.Exp(-(agents - load) * 60 / 900))), serviceLevel);
        AssertRelative(exactWait * 900 / (agents - load), asa);
    }

    [Fact]
    public void Evaluate_ZeroCalls_NobodyWaits()
    {
        var result = ErlangC.Evaluate(new CallLoad(0, 1800, 900), 0, 60);

        Assert.Equal(new ErlangCResult(0, 0, 1, 0, 0), result);
    }

    [Theory]
    [InlineData(0, 10.0)]
    [InlineData(5, 10.0)]
    [InlineData(10, 10.0)]
    [InlineData(100, 5000.0)]
    [InlineData(5000, 5000.0)]
    public void Evaluate_AgentsAtOrBelowLoad_ReportsUnstableQueueWithoutException(int agents, double load)
    {
        var result = ErlangC.Evaluate(new CallLoad(load, 1, 1), agents, 20);

        Assert.Equal(1, result.ProbabilityOfWait);
        Assert.Equal(0, result.ServiceLevel);
        Assert.Null(result.AverageSpeedOfAnswerSeconds);
        Assert.Equal(1, result.Occupancy);
    }

    [Fact]
    public void Evaluate_SweepOfLoadsAndAgents_NeverNaNOrInfiniteAndWithinRange()
    {
        foreach (var load in new[] { 1e-9, 0.5, 3.75, 99.9, 1000, 4999.99, 5000 })
        {
            foreach (var agents in new[] { 1, 2, 10, 100, 1000, 5001, 6000 })
            {
                var result = ErlangC.Evaluate(new CallLoad(load, 1800, 1800), agents, 60);

                Assert.InRange(result.ProbabilityOfWait, 0, 1);
                Assert.InRange(result.ServiceLevel, 0, 1);
                Assert.InRange(result.Occupancy, 0, 1);
                Assert.True(result.AverageSpeedOfAnswerSeconds is null || double.IsFinite(result.AverageSpeedOfAnswerSeconds.Value));
            }
        }
    }

    [Theory]
    [InlineData(3.75)]
    [InlineData(10.0)]
    [InlineData(400.0)]
    public void Evaluate_EveryAgentCountUpTo1000_NeverNaNAndMonotone(double load)
    {
        var previous = ErlangC.Evaluate(new CallLoad(load, 900, 900), 0, 60);
        for (var agents = 1; agents <= 1000; agents++)
        {
            var result = ErlangC.Evaluate(new CallLoad(load, 900, 900), agents, 60);

            Assert.False(double.IsNaN(result.ServiceLevel) || double.IsNaN(result.ProbabilityOfWait), $"NaN at {agents} agents");
            Assert.True(result.ServiceLevel >= previous.ServiceLevel - 1e-12, $"service level fell at {agents} agents");
            Assert.True(result.ProbabilityOfWait <= previous.ProbabilityOfWait + 1e-12, $"wait rose at {agents} agents");
            previous = result;
        }
    }

    [Fact]
    public void ServiceLevel_MoreAgentsOrLongerTarget_NeverDecreases()
    {
        var previous = 0.0;
        for (var agents = 11; agents <= 30; agents++)
        {
            var serviceLevel = ErlangC.ServiceLevel(agents, 10, 180, 20);
            Assert.True(serviceLevel > previous);
            Assert.True(ErlangC.ServiceLevel(agents, 10, 180, 40) > serviceLevel);
            previous = serviceLevel;
        }
    }

    [Fact]
    public void ProbabilityOfWait_NegativeLoad_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWait(10, -1));

    [Theory]
    [InlineData(-1, 20.0)]
    [InlineData(10, -1.0)]
    [InlineData(10, double.NaN)]
    public void Evaluate_NegativeAgentsOrBadTarget_Throws(int agents, double target) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Evaluate(TenErlangs, agents, target));

    [Theory]
    [InlineData(-1, 1800, 180)]
    [InlineData(10, 0, 180)]
    [InlineData(10, 1800, 0)]
    [InlineData(double.PositiveInfinity, 1800, 180)]
    [InlineData(1e300, 1800, 1e300)]
    public void Evaluate_BadLoad_Throws(double calls, double interval, double aht) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Evaluate(new CallLoad(calls, interval, aht), 10, 20));

    private static void AssertRelative(double expected, double actual)
    {
        Assert.True(double.IsFinite(actual), $"not finite: {actual}");
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
    }
}
