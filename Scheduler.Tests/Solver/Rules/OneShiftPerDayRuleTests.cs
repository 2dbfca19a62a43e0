using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class OneShiftPerDayRuleTests
{
    [Fact]
    public void Solve_OnePinADay_Feasible()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0, 1)) with
        {
            Pinned = [Shift("A", 0, "09:00", "13:00"), Shift("A", 1, "15:00", "19:00")],
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count);
    }

    [Fact]
    public void Solve_TwoPinsSameDay_InfeasibleNamingOneShiftPerDay()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0)) with
        {
            Pinned = [Shift("A", 0, "09:00", "13:00"), Shift("A", 0, "15:00", "19:00")],
        };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.OneShiftPerDay, "A");
    }
}
