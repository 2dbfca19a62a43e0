using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Staffing;

public sealed class RequiredAgentsTests
{
    private static readonly CallLoad TenErlangs = new(100, 1800, 180);

    // Source: cran/ErlangC@b1210c7417f5fa5f7dba3dbe5445b9609c913c7a test-calculate_agents.R and
    // rodrigo-arenas/pyworkforce@ca4892502d2d92cc996c9fde96293ff90b560426 test_erlang.py: 80 % in 20 s with occupancy
    // at most 85 % needs 14 agents (SL 0.888); at most 70 % occupancy needs 15 (SL 0.941).
    [Theory]
    [InlineData(0.85, 14, 0.888)]
    [InlineData(0.70, 15, 0.941)]
    public void Find_ErlangCLiteratureScenario_MatchesPublishedAgents(double maxOccupancy, int expected, double serviceLevel)
    {
        var result = RequiredAgents.Find(TenErlangs, new StaffingTargets(0.8, 20, MaxOccupancy: maxOccupancy));

        Assert.Equal(expected, result.Agents);
        Assert.Equal(serviceLevel, result.Predicted.ServiceLevel, 0.0005);
        Assert.Null(result.Predicted.AbandonmentProbability);
    }

    // Source: rodrigo-arenas/pyworkforce@ca4892502d2d92cc996c9fde96293ff90b560426 docs/guide/erlanga.md: with a mean
    // patience of 5 min, SL ≥ 0.80 in 20 s, occupancy ≤ 0.85 and abandonment ≤ 0.05 need 13 positions.
    [Fact]
    public void Find_WithPatience_UsesErlangAAndMatchesPublishedPositions()
    {
        var targets = new StaffingTargets(0.8, 20, MaxOccupancy: 0.85, MaxAbandonment: 0.05);

        var result = RequiredAgents.Find(TenErlangs, targets, meanPatienceSeconds: 300);

        Assert.Equal(13, result.Agents);
        Assert.Equal(0.858, result.Predicted.ServiceLevel, 0.0005);
        Assert.Equal(0.025, result.Predicted.AbandonmentProbability!.Value, 0.0005);
    }

    [Fact]
    public void Find_EachTargetAlone_IsTheSmallestCountMeetingIt()
    {
        var bySl = RequiredAgents.Find(TenErlangs, new StaffingTargets(0.8, 20)).Agents;
        var byAsa = RequiredAgents.Find(TenErlangs, new StaffingTargets(0, 20, MaxAverageSpeedOfAnswerSeconds: 10)).Agents;
        var byOccupancy = RequiredAgents.Find(TenErlangs, new StaffingTargets(0, 20, MaxOccupancy: 0.6)).Agents;
        var all = RequiredAgents.Find(TenErlangs, new StaffingTargets(0.8, 20, 10, 0.6)).Agents;

        // From the cran/ErlangC table above: SL 0.7956 at 13, 0.888 at 14; ASA 17.1 s at 13, 7.8 s at 14; 10/0.6 = 16.7.
        Assert.Equal(14, bySl);
        Assert.Equal(14, byAsa);
        Assert.Equal(17, byOccupancy);
        Assert.Equal(17, all);
    }

    [Fact]
    public void Find_WithPatience_IsSmallestCountAgainstDirectScan()
    {
        var targets = new StaffingTargets(0.9, 30, MaxAbandonment: 0.02);
        var load = new CallLoad(420, 1800, 240);

        var result = RequiredAgents.Find(load, targets, meanPatienceSeconds: 120);

        var firstMeeting = Enumerable.Range(1, 200).First(n =>
        {
            var figures = ErlangA.Evaluate(load, n, 120, 30);
            return figures.ServiceLevel >= 0.9 && figures.AbandonmentProbability <= 0.02;
        });
        Assert.Equal(firstMeeting, result.Agents);
    }

    [Fact]
    public void Find_ZeroCalls_NeedsNoAgent()
    {
        var result = RequiredAgents.Find(new CallLoad(0, 1800, 900), new StaffingTargets(0.8, 60, 30, 0.85));

        Assert.Equal(0, result.Agents);
        Assert.Equal(1, result.Predicted.ServiceLevel);
    }

    [Fact]
    public void Find_HugeLoad_StaysFiniteAndAboveLoad()
    {
        var result = RequiredAgents.Find(new CallLoad(5000, 900, 900), new StaffingTargets(0.8, 20, MaxOccupancy: 0.99));

        Assert.InRange(result.Agents, 5051, 6000);
        Assert.True(result.Predicted.ServiceLevel >= 0.8);
        Assert.True(ErlangC.ServiceLevel(result.Agents - 1, 5000, 900, 20) < 0.8 || 5000.0 / (result.Agents - 1) > 0.99);
    }

    [Fact]
    public void Find_AbsurdlySmallMaxOccupancy_ThrowsInsteadOfSearchingForever() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RequiredAgents.Find(TenErlangs, new StaffingTargets(0.8, 20, MaxOccupancy: 1e-9)));

    [Fact]
    public void Find_ServiceLevelOutsideZeroToOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RequiredAgents.Find(TenErlangs, new StaffingTargets(1.2, 20)));
}
