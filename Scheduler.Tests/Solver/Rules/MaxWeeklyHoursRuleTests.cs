using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MaxWeeklyHoursRuleTests
{
    // A 20 h week ceiling (tighter than the law's 48 h) lets three 8 h shifts, 21 h 45 of work, break it.
    private static readonly RuleSettings TwentyHours = QuietRules with { MaxWeeklyWork = Duration.FromHours(20) };

    private static RotaProblem Pinned(int shifts) =>
        Problem([Listener("A")], Open("09:00", "20:00", 0, 1, 2), TwentyHours) with
        {
            Pinned = [.. Enumerable.Range(0, shifts).Select(d => Shift("A", d, "09:00", "17:00"))],
        };

    [Fact]
    public void Solve_TwoEightHourShifts_Feasible() => AssertSolved(Solve(Pinned(2)));

    [Fact]
    public void Solve_ThreeEightHourShifts_InfeasibleNamingMaxWeeklyHours() =>
        AssertInfeasibleBecauseOf(Solve(Pinned(3)), RuleNames.MaxWeeklyHours, "A");

    /// <summary>
    /// One listener and a single 4-hour opening with nothing else asking for paid minutes: the weekly limit still builds
    /// (the day's paid minutes were read before anything had made them, and the model failed to build).
    /// </summary>
    [Fact]
    public void Solve_OnlyRuleAskingForPaidMinutes_Builds() =>
        AssertSolved(Solve(Problem([Listener("A")], Open("09:00", "13:00", 0), QuietRules with { MaxWeeklyWork = Duration.FromHours(3) })));
}
