using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ShiftTypeLimitRuleTests
{
    private static readonly WorkLimits NoLateAtMostOneEarly = new() { MaxShiftsPerDefinition = new Dictionary<string, int> { ["L"] = 0, ["E"] = 1 } };

    [Fact]
    public void Solve_LatePinnedForSomeoneWhoNeverWorksLate_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", NoLateAtMostOneEarly)]).Pinning(On("A", 2, Late));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.ShiftTypeLimit, "A");
    }

    [Fact]
    public void Solve_TwoEarliesPinnedWhereOneIsAllowed_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", NoLateAtMostOneEarly)]).Pinning(On("A", 0, Early), On("A", 3, Early));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.ShiftTypeLimit, "A");
    }

    [Fact]
    public void Solve_WantsLateEveryDay_GetsNoLateAndOneEarlyAtMost()
    {
        var wants = Enumerable.Range(0, 7).Select(d => new Preference(PreferenceKind.WantShift, Monday.PlusDays(d), null, 1) { ShiftId = "L" }).ToList();
        var problem = Problem([Person("A", NoLateAtMostOneEarly) with { Preferences = wants }]) with { Weights = NoSoftGoals with { Preference = 1 } };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.True(solution.Assignments.Count <= 1);
        Assert.DoesNotContain(solution.Assignments, a => a.Start == Late.Start);
    }
}
