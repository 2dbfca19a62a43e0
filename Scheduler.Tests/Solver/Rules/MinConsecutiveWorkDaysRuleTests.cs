using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MinConsecutiveWorkDaysRuleTests
{
    private static readonly WorkLimits AtLeastTwo = new() { MinConsecutiveWorkDays = 2 };

    [Fact]
    public void Solve_OneDayBetweenTwoAbsences_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", AtLeastTwo, 1, 3)]).Pinning(On("A", 2, Early));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.MinConsecutiveWorkDays, "A");
    }

    [Fact]
    public void Solve_OneDayOnTheHorizonsFirstDate_ExemptAndFeasible()
    {
        var problem = Problem([Person("A", AtLeastTwo, 1)]).Pinning(On("A", 0, Early));

        AssertSolved(Solve(problem));
    }

    [Fact]
    public void Solve_OneDayPinnedWithRoomAround_TheSolverExtendsTheBlock()
    {
        var problem = Problem([Person("A", AtLeastTwo, 1)]).Pinning(On("A", 3, Early));

        var days = DaysWorked(Solve(problem), "A");

        Assert.True(days.Contains(2) || days.Contains(4), $"worked days: {string.Join(',', days)}");
    }
}
