using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MaxWorkingDaysInSevenRuleTests
{
    private static RotaProblem AfterHistoryDays(int daysWorkedBefore) =>
        Problem([Listener("A")], Open("09:00", "20:00", 0)) with
        {
            History = [.. Enumerable.Range(1, daysWorkedBefore).Select(d => new Assignment("A", Monday.PlusDays(-d), Time("09:00"), Time("13:00")))],
            Pinned = [Shift("A", 0, "09:00", "13:00")],
        };

    [Fact]
    public void Solve_FiveDaysBeforeThenMonday_Feasible() => AssertSolved(Solve(AfterHistoryDays(5)));

    [Fact]
    public void Solve_SixDaysBeforeThenMonday_InfeasibleNamingMaxWorkingDaysInSeven()
    {
        var solution = Solve(AfterHistoryDays(6));

        AssertInfeasibleBecauseOf(solution, RuleNames.MaxWorkingDaysInSeven, "A");
        Assert.Contains(solution.Explanation, c => c.Rule == RuleNames.MaxWorkingDaysInSeven && c.From == Monday.PlusDays(-6) && c.To == Monday);
    }
}
