using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ContractHoursRuleTests
{
    private static readonly RuleSettings ContractRules = QuietRules with { FullTimeWeeklyBand = Duration.FromHours(3.5) };

    [Fact]
    public void Solve_FullAndPartTimersOverAWeek_PaidHoursWithinContract()
    {
        var staff = new[] { Listener("F"), Listener("P", Contract.PartTime(24)) };

        var solution = Solve(Problem(staff, Open("09:00", "20:00", 0, 1, 2, 3, 4, 5, 6), ContractRules));

        AssertSolved(solution);
        var paid = solution.Assignments.GroupBy(a => a.StaffId).ToDictionary(g => g.Key, g => g.Sum(a => a.PaidTime.TotalMinutes));
        Assert.InRange(paid["F"], 31.5 * 60, 38.5 * 60);
        Assert.Equal(24 * 60, paid["P"]);
    }

    [Fact]
    public void Solve_FullTimerWithOneOpenDay_InfeasibleNamingContractHours()
    {
        // One 10 h day cannot hold 31 h 30 of work.
        var solution = Solve(Problem([Listener("F")], Open("09:00", "20:00", 0), ContractRules));

        AssertInfeasibleBecauseOf(solution, RuleNames.ContractHours, "F");
    }
}
