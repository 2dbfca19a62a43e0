using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class OpeningHoursRuleTests
{
    [Fact]
    public void Solve_PinInsideOpening_Kept()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0)) with { Pinned = [Shift("A", 0, "09:00", "13:00")] };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Contains(solution.Assignments, a => a.Start == Time("09:00") && a.End == Time("13:00"));
    }

    [Fact]
    public void Solve_PinBeforeOpening_InfeasibleNamingOpeningHours()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0)) with { Pinned = [Shift("A", 0, "08:00", "13:00")] };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.OpeningHours, "A");
        Assert.Contains(solution.Explanation, c => c.Rule == RuleNames.Pinned);
    }
}
