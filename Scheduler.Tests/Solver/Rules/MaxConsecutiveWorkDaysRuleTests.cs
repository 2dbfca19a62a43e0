using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MaxConsecutiveWorkDaysRuleTests
{
    private static readonly WorkLimits AtMostTwo = new() { MaxConsecutiveWorkDays = 2 };

    [Fact]
    public void Solve_ThreeDaysInARowPinned_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", AtMostTwo)]).Pinning(On("A", 0, Early), On("A", 1, Early), On("A", 2, Late));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.MaxConsecutiveWorkDays, "A");
    }

    [Fact]
    public void Solve_TwoDaysThenOffThenOne_Feasible()
    {
        var problem = Problem([Person("A", AtMostTwo)]).Pinning(On("A", 0, Early), On("A", 1, Early), On("A", 3, Late));

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.DoesNotContain(2, DaysWorked(solution, "A"));
    }

    [Fact]
    public void Solve_TwoDaysWorkedInTheHistory_MondayCannotBeWorked()
    {
        var history = new[] { On("A", -2, Early), On("A", -1, Early) };
        var problem = Problem([Person("A", AtMostTwo)]).Pinning(On("A", 0, Late)) with { History = history };

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.MaxConsecutiveWorkDays, "A");
    }
}
