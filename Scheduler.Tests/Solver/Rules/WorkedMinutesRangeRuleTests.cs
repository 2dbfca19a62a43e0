using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class WorkedMinutesRangeRuleTests
{
    [Fact]
    public void Solve_SixteenHoursNeededButFreeOnlyOneDay_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", new WorkLimits { MinWorkedMinutes = 960 }, 1, 2, 3, 4, 5, 6)]);

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.WorkedMinutesRange, "A");
    }

    [Fact]
    public void Solve_SixteenHoursNeeded_TheSolverPlansTwoShifts()
    {
        var problem = Problem([Person("A", new WorkLimits { MinWorkedMinutes = 960, MaxWorkedMinutes = 960 })]);

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count);
    }

    [Fact]
    public void Solve_EightHoursAtMostAndTwoShiftsPinned_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", new WorkLimits { MaxWorkedMinutes = 480 })]).Pinning(On("A", 0, Early), On("A", 2, Early));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.WorkedMinutesRange, "A");
    }
}
