using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class PartTimeExtraHoursRuleTests
{
    /// <summary>Three 8 h shifts and one 4 h shift: 3 × 7 h 15 + 4 h = 25 h 45 of work, 1 h 45 over a 24 h contract.</summary>
    private static RotaProblem PinnedWeek(Contract contract) =>
        Problem([Listener("P", contract)], Open("09:00", "20:00", 0, 1, 2, 3)) with
        {
            Pinned = [Shift("P", 0, "09:00", "17:00"), Shift("P", 1, "09:00", "17:00"), Shift("P", 2, "09:00", "17:00"), Shift("P", 3, "09:00", "13:00")],
        };

    [Fact]
    public void Solve_TwoExtraHoursAllowed_Feasible() =>
        AssertSolved(Solve(PinnedWeek(Contract.PartTime(24, extraMinutesAllowed: 120))));

    [Fact]
    public void Solve_NoExtraHoursAllowed_InfeasibleNamingPartTimeExtraHours() =>
        AssertInfeasibleBecauseOf(Solve(PinnedWeek(Contract.PartTime(24))), RuleNames.PartTimeExtraHours, "P");

    [Fact]
    public void Solve_ExtraAllowedBeyondTenPercent_CappedAtTenPercent()
    {
        // 5 h allowed by the manager, but the law caps extra hours at 10 % of 24 h = 2 h 24: 25 h 45 still fits, 28 h 45 would not.
        var heavier = PinnedWeek(Contract.PartTime(24, extraMinutesAllowed: 300));
        heavier = heavier with { Pinned = [.. heavier.Pinned.Where(p => p.Date != Monday.PlusDays(3)), Shift("P", 3, "09:00", "17:00")] };

        AssertInfeasibleBecauseOf(Solve(heavier), RuleNames.PartTimeExtraHours, "P");
    }
}
