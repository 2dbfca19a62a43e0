using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ShiftLengthRuleTests
{
    [Fact]
    public void Solve_FloorNeedsCover_ShiftsBetweenFourAndTenHours()
    {
        var rules = QuietRules with { MinTrainedListenersOnDuty = 1 };

        var solution = Solve(Problem([Listener("A"), Listener("B")], Open("09:00", "20:00", 0, 1), rules));

        AssertSolved(solution);
        Assert.NotEmpty(solution.Assignments);
        Assert.All(solution.Assignments, a => Assert.InRange(a.Length, Duration.FromHours(4), Duration.FromHours(10)));
    }

    [Fact]
    public void Solve_PinOfThreeHours_InfeasibleNamingShiftLength()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0)) with { Pinned = [Shift("A", 0, "09:00", "12:00")] };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.ShiftLength, "A");
    }
}
