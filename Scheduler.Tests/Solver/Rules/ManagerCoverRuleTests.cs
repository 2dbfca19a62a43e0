using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ManagerCoverRuleTests
{
    private static readonly RuleSettings OneManager = QuietRules with { MinManagersOnDuty = 1 };

    [Fact]
    public void Solve_ShortDayOneManager_ManagerOnDutyEverySlot()
    {
        // 5.5 h open: one shift without a break covers the whole day.
        var solution = Solve(Problem([Manager("M1")], Open("09:00", "14:30", 0), OneManager));

        AssertSolved(solution);
        var shift = Assert.Single(solution.Assignments);
        Assert.Equal(Time("09:00"), shift.Start);
        Assert.Equal(Time("14:30"), shift.End);
    }

    [Fact]
    public void Solve_LongDayOneManager_InfeasibleNamingManagerCover()
    {
        // 8 h open: a single manager's shift of 6 h or more holds a break nobody covers.
        var solution = Solve(Problem([Manager("M1")], Open("09:00", "17:00", 0), OneManager));

        AssertInfeasibleBecauseOf(solution, RuleNames.ManagerCover);
        Assert.Contains(solution.Explanation, c => c.Rule == RuleNames.ManagerCover && c.From == Monday);
    }
}
