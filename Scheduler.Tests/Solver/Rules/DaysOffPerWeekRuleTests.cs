using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class DaysOffPerWeekRuleTests
{
    private static RotaProblem Pinned(int days) =>
        Problem([Listener("A")], Open("09:00", "20:00", 0, 1, 2, 3, 4, 5, 6)) with
        {
            Pinned = [.. Enumerable.Range(0, days).Select(d => Shift("A", d, "09:00", "13:00"))],
        };

    [Fact]
    public void Solve_FiveWorkingDays_Feasible() => AssertSolved(Solve(Pinned(5)));

    [Fact]
    public void Solve_SixWorkingDays_InfeasibleNamingDaysOffPerWeek() =>
        AssertInfeasibleBecauseOf(Solve(Pinned(6)), RuleNames.DaysOffPerWeek, "A");
}
