using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class PinnedRuleTests
{
    [Fact]
    public void Solve_PinnedShiftWithBreak_KeptExactly()
    {
        var pin = ShiftWithBreak("A", Monday, "10:00", "18:30", "13:00", "13:45");
        // B must cover the pinned break of A.
        var problem = Problem([Listener("A"), Listener("B")], Open("10:00", "18:30", 0), QuietRules with { MinTrainedListenersOnDuty = 1 }) with { Pinned = [pin] };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Contains(pin, solution.Assignments);
        Assert.Contains(solution.Assignments, a => a.StaffId == "B" && a.IsOnDutyAt(Time("13:00")) && a.IsOnDutyAt(Time("13:30")));
    }

    [Fact]
    public void Solve_PinOnClosedDay_InfeasibleNamingPinned()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0)) with { Pinned = [Shift("A", 2, "09:00", "13:00")] };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.Pinned, "A");
        Assert.Contains(solution.Explanation, c => c.Rule == RuleNames.OpeningHours && c.From == Monday.PlusDays(2));
    }
}
