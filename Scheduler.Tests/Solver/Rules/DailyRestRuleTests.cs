using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class DailyRestRuleTests
{
    // Open late on Monday and early on Tuesday, so that a short rest is possible at all.
    private static readonly IReadOnlyList<OpeningHours> LateThenEarly = [.. Open("13:00", "23:00", 0), .. Open("06:00", "16:00", 1)];

    [Fact]
    public void Solve_ElevenHoursBetweenShifts_Feasible()
    {
        var problem = Problem([Listener("A")], LateThenEarly) with
        {
            Pinned = [Shift("A", 0, "13:00", "21:00"), Shift("A", 1, "08:00", "16:00")],
        };

        AssertSolved(Solve(problem));
    }

    [Fact]
    public void Solve_SevenHoursBetweenShifts_InfeasibleNamingDailyRest()
    {
        var problem = Problem([Listener("A")], LateThenEarly) with
        {
            Pinned = [Shift("A", 0, "15:00", "23:00"), Shift("A", 1, "06:00", "14:00")],
        };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.DailyRest, "A");
        Assert.Contains(solution.Explanation, c => c.Rule == RuleNames.DailyRest && c.From == Monday && c.To == Monday.PlusDays(1));
    }

    [Fact]
    public void Solve_HistoryShiftEndingLateOnSunday_MondayPinTooEarlyIsInfeasible()
    {
        var problem = Problem([Listener("A")], Open("06:00", "20:00", 0)) with
        {
            History = [new Assignment("A", Monday.PlusDays(-1), Time("15:00"), Time("23:00"))],
            Pinned = [Shift("A", 0, "06:00", "12:00")],
        };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.DailyRest, "A");
        Assert.Contains(solution.Explanation, c => c.Rule == RuleNames.DailyRest && c.From == Monday.PlusDays(-1));
    }
}
