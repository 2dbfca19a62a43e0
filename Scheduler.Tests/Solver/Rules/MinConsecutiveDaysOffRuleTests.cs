using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MinConsecutiveDaysOffRuleTests
{
    private static readonly WorkLimits TwoOffInARow = new() { MinConsecutiveDaysOff = 2 };

    [Fact]
    public void Solve_OneDayOffBetweenTwoShifts_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", TwoOffInARow, 2)]).Pinning(On("A", 1, Early), On("A", 3, Early));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.MinConsecutiveDaysOff, "A");
    }

    [Fact]
    public void Solve_TwoDaysOffBetweenTwoShifts_Feasible()
    {
        var problem = Problem([Person("A", TwoOffInARow, 2, 3)]).Pinning(On("A", 1, Early), On("A", 4, Early));

        AssertSolved(Solve(problem));
    }

    [Fact]
    public void Solve_OneDayOffOnTheHorizonsLastDate_ExemptAndFeasible()
    {
        var problem = Problem([Person("A", TwoOffInARow, 6)]).Pinning(On("A", 5, Late));

        AssertSolved(Solve(problem));
    }
}
