using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MaxAverageWeeklyHoursRuleTests
{
    /// <summary>
    /// Eleven weeks of history at 5 × 10 h shifts (46 h 15 of work each): 12 × 44 h − 11 × 46.25 h = 19 h 15 are left
    /// for the horizon week. Two 8 h shifts (14 h 30) fit, three (21 h 45) do not.
    /// </summary>
    private static RotaProblem AfterHeavyWeeks(int shifts)
    {
        var history = Enumerable.Range(1, 11)
            .SelectMany(w => Enumerable.Range(0, 5).Select(d => Monday.PlusDays((-7 * w) + d)))
            .Select(date => ShiftWithBreak("A", date, "09:00", "19:00", "13:00", "13:45"))
            .ToList();
        return Problem([Listener("A")], Open("09:00", "20:00", 0, 1, 2)) with
        {
            History = history,
            Pinned = [.. Enumerable.Range(0, shifts).Select(d => Shift("A", d, "09:00", "17:00"))],
        };
    }

    [Fact]
    public void Solve_TwoShiftsAfterHeavyWeeks_Feasible() => AssertSolved(Solve(AfterHeavyWeeks(2)));

    [Fact]
    public void Solve_ThreeShiftsAfterHeavyWeeks_InfeasibleNamingMaxAverageWeeklyHours() =>
        AssertInfeasibleBecauseOf(Solve(AfterHeavyWeeks(3)), RuleNames.MaxAverageWeeklyHours, "A");
}
