using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MaxDailyWorkRuleTests
{
    private static readonly RuleSettings EightHours = QuietRules with { MaxDailyWork = Duration.FromHours(8) };

    [Fact]
    public void Solve_PinWithEightHoursOfWorkOrLess_Kept()
    {
        // 8.5 h minus the 45-minute break: 7 h 45 of work.
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0), EightHours) with { Pinned = [Shift("A", 0, "09:00", "17:30")] };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(Duration.FromMinutes(465), Assert.Single(solution.Assignments).PaidTime);
    }

    [Fact]
    public void Solve_PinWithMoreThanEightHoursOfWork_InfeasibleNamingMaxDailyWork()
    {
        // 10 h minus the break: 9 h 15 of work, over the 8 h set here.
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0), EightHours) with { Pinned = [Shift("A", 0, "09:00", "19:00")] };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.MaxDailyWork, "A");
    }
}
