using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ContractHoursRuleTests
{
    private static readonly RuleSettings ContractRules = QuietRules with { ContractHoursApply = true };

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

    [Theory]
    [InlineData(-3.5, 0, 38.5, 38.5)] // the period's last week works back all of what is owed
    [InlineData(2, 0, 33, 33)]
    [InlineData(-10, 0, 38.5, 38.5)] // owed more than the band: the band's edge
    [InlineData(3.5, 1, 31.5, 35)] // one week left after this one: the balance need only come within the band
    [InlineData(10, 1, 31.5, 31.5)]
    public void Solve_OneWeekInsideAReferencePeriod_WorksBackTheCarriedBalance(double carriedHours, int weeksAfter, double least, double most)
    {
        var staff = new[] { Listener("F") with { CarriedMinutes = (int)(carriedHours * 60) } };
        var problem = Problem(staff, Open("09:00", "20:00", 0, 1, 2, 3, 4, 5, 6), ContractRules);

        var solution = Solve(problem with { ReferencePeriodEnd = problem.End.PlusWeeks(weeksAfter) });

        AssertSolved(solution);
        Assert.InRange(solution.Assignments.Sum(a => a.PaidTime.TotalMinutes), least * 60, most * 60);
    }

    [Theory]
    [InlineData(-3.5, 0, 73.5, 73.5)] // two weeks ending the period work back all of what is owed
    [InlineData(5, 0, 65, 65)]
    [InlineData(-10, 0, 77, 77)] // owed more than two weeks' band: the band's edge, both weeks
    [InlineData(10, 1, 63, 63.5)] // one week of the period after the two: the balance need only come within its band
    public void Solve_TwoWeeksInsideAReferencePeriod_WorkBackTheCarriedBalance(double carriedHours, int weeksAfter, double least, double most)
    {
        var staff = new[] { Listener("F") with { CarriedMinutes = (int)(carriedHours * 60) } };
        var problem = TwoWeeks(staff);

        var solution = Solve(problem with { ReferencePeriodEnd = problem.End.PlusWeeks(weeksAfter) });

        AssertSolved(solution);
        Assert.InRange(solution.Assignments.Sum(a => a.PaidTime.TotalMinutes), least * 60, most * 60);
        Assert.All(PaidPerWeek(solution), paid => Assert.InRange(paid, 31.5 * 60, 38.5 * 60));
    }

    [Fact]
    public void Solve_TwoWeeksAcrossTheReferencePeriodsEnd_EachPeriodAddsUpOnItsOwn()
    {
        // The first week closes the period with 2 h worked ahead (33 h); the second opens the next one, whose length the
        // problem does not give: it adds up to its own target. Over the horizon alone 68 h could be laid in either week.
        var staff = new[] { Listener("F") with { CarriedMinutes = 120 } };
        var problem = TwoWeeks(staff);

        var solution = Solve(problem with { ReferencePeriodEnd = problem.Start.PlusDays(6) });

        AssertSolved(solution);
        Assert.Equal([33 * 60, 35 * 60], PaidPerWeek(solution));
    }

    [Fact]
    public void Solve_TwoWeeksPinnedAboveWhatTheBalanceAllows_InfeasibleNamingContractHours()
    {
        // 3 h 30 worked ahead, the period ending with the two weeks: 66 h 30 in all. The manager pinned 38 h 30 in the first
        // week, which leaves 28 h for the second, below its band (a horizon adding up to its own 70 h would allow it).
        var staff = new[] { Listener("F") with { CarriedMinutes = 210 } };
        var problem = TwoWeeks(staff);
        var pinned = Enumerable.Range(0, 4).Select(d => ShiftWithBreak("F", Monday.PlusDays(d), "09:00", "18:00", "12:00", "12:45"))
            .Append(Shift("F", 4, "09:00", "14:30")).ToList();

        var solution = Solve(problem with { ReferencePeriodEnd = problem.End, Pinned = pinned });

        AssertInfeasibleBecauseOf(solution, RuleNames.ContractHours, "F");
    }

    private static RotaProblem TwoWeeks(IReadOnlyList<StaffMember> staff) =>
        Problem(staff, Open("09:00", "20:00", [.. Enumerable.Range(0, 14)]), ContractRules) with { Weeks = 2 };

    private static double[] PaidPerWeek(RotaSolution solution) =>
        [.. Enumerable.Range(0, 2).Select(w => solution.Assignments.Where(a => a.Date >= Monday.PlusWeeks(w) && a.Date < Monday.PlusWeeks(w + 1)).Sum(a => a.PaidTime.TotalMinutes))];

    [Fact]
    public void Solve_OneWeekOwingWithDaysAway_KeepsTheBandsFloor()
    {
        // 3 h 30 owed in the period's last week, but away three days: four open days hold at most 37 h (4 × 9 h 15), so
        // the week keeps the band's 31 h 30 floor rather than becoming impossible.
        var away = new Absence(Monday.PlusDays(4), Monday.PlusDays(6), AbsenceKind.Unavailable);
        var staff = new[] { Listener("F") with { CarriedMinutes = -210, Absences = [away] } };
        var problem = Problem(staff, Open("09:00", "20:00", 0, 1, 2, 3, 4, 5, 6), ContractRules);

        var solution = Solve(problem with { ReferencePeriodEnd = problem.End });

        AssertSolved(solution);
        Assert.InRange(solution.Assignments.Sum(a => a.PaidTime.TotalMinutes), 31.5 * 60, 37 * 60);
    }

    [Fact]
    public void Solve_OneWeekOfLeaveWithHoursToGiveBack_GivesBackNoMoreThanTheWeek()
    {
        // On leave Monday to Friday (target 0) with 3 h 30 worked ahead: the week cannot go below nothing.
        var leave = new Absence(Monday, Monday.PlusDays(4), AbsenceKind.Leave);
        var staff = new[] { Listener("F") with { CarriedMinutes = 210, Absences = [leave] } };
        var problem = Problem(staff, Open("09:00", "20:00", 0, 1, 2, 3, 4, 5, 6), ContractRules);

        var solution = Solve(problem with { ReferencePeriodEnd = problem.End });

        AssertSolved(solution);
        Assert.Empty(solution.Assignments);
    }

    [Fact]
    public void Solve_OneWeekPinnedAboveWhatTheBalanceAllows_InfeasibleNamingContractHours()
    {
        // 3 h 30 worked ahead, to give back in the period's last week: at most 31 h 30, but the manager pinned 36 h 15 (five
        // days of 8 h with a 45 min break), which the band alone would allow.
        var staff = new[] { Listener("F") with { CarriedMinutes = 210 } };
        var problem = Problem(staff, Open("09:00", "20:00", 0, 1, 2, 3, 4, 5, 6), ContractRules);
        var pinned = Enumerable.Range(0, 5).Select(d => ShiftWithBreak("F", Monday.PlusDays(d), "09:00", "17:00", "12:00", "12:45")).ToList();

        var solution = Solve(problem with { ReferencePeriodEnd = problem.End, Pinned = pinned });

        AssertInfeasibleBecauseOf(solution, RuleNames.ContractHours, "F");
    }

    [Fact]
    public void Solve_FullTimerWithOneOpenDay_InfeasibleNamingContractHours()
    {
        // One 10 h day cannot hold 31 h 30 of work.
        var solution = Solve(Problem([Listener("F")], Open("09:00", "20:00", 0), ContractRules));

        AssertInfeasibleBecauseOf(solution, RuleNames.ContractHours, "F");
    }
}
