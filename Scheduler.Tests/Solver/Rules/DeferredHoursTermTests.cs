using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Rules;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

/// <summary>
/// The deferred-hours term: a full-timer's week planned alone inside a reference period, with weeks of it still after,
/// leaves as little of the carried balance as it can to those weeks, although the hours cost over-coverage now.
/// </summary>
public sealed class DeferredHoursTermTests
{
    private static readonly RuleSettings ContractRules = QuietRules with { ContractHoursApply = true };

    /// <summary>
    /// Three full-timers for one listener needed all week (77 h): any hour beyond the band's floor (3 × 31 h 30 = 94 h 30)
    /// puts two on duty at once, which over-coverage charges 2 a half-hour.
    /// </summary>
    private static RotaProblem CrowdedWeek(int carriedMinutes, int weeksAfter, int deferredWeight)
    {
        var staff = new[] { "A", "B", "C" }.Select(id => Listener(id) with { CarriedMinutes = carriedMinutes }).ToList();
        var opening = Open("09:00", "20:00", 0, 1, 2, 3, 4, 5, 6);
        var demand = opening.SelectMany(o => Enumerable.Range(0, 22).Select(i => new DemandSlot(o.Date, Time("09:00").PlusMinutes(30 * i), "phone", 1)));
        var problem = Problem(staff, opening, ContractRules) with
        {
            Demand = [.. demand],
            Weights = NoSoftGoals with { UnderCoverage = 100, OverCoverage = 2, DeferredHours = deferredWeight },
        };
        return problem with { ReferencePeriodEnd = problem.End.PlusWeeks(weeksAfter) };
    }

    private static IEnumerable<double> PaidHours(RotaSolution solution) =>
        solution.Assignments.GroupBy(a => a.StaffId).Select(g => g.Sum(a => a.PaidTime.TotalHours));

    [Theory]
    [InlineData(0, 3, 35)] // the period's first week: the contract's hours, not the floor
    [InlineData(0, 1, 35)]
    [InlineData(-3.5, 2, 38.5)] // owed 3 h 30 from the weeks before: worked back now, not left to the last week
    [InlineData(2, 2, 33)] // 2 h ahead: given back now, down to 33 h and no further
    public void Solve_WeekAloneInsideAPeriod_PlansTheHoursThatSettleTheBalance(double carriedHours, int weeksAfter, double expected)
    {
        var solution = Solve(CrowdedWeek((int)(carriedHours * 60), weeksAfter, deferredWeight: 3));

        AssertSolved(solution);
        // At least the settling hours (a little more may remain when the search stops short of proving its optimum).
        Assert.All(PaidHours(solution), paid => Assert.InRange(paid, expected, expected + 3));
        Assert.Equal(0, solution.Terms[SoftTermNames.DeferredHours]);
    }

    [Fact]
    public void Solve_SameWeekWithoutTheTerm_StaysAtTheBandsFloor()
    {
        var solution = Solve(CrowdedWeek(0, weeksAfter: 3, deferredWeight: 0));

        AssertSolved(solution);
        Assert.All(PaidHours(solution), paid => Assert.InRange(paid, 31.5, 32.5));
        Assert.False(solution.Terms.ContainsKey(SoftTermNames.DeferredHours));
    }

    [Fact]
    public void Solve_ThreeHoursOwedAtFloor_CostsTheWeightPerStartedHalfHour()
    {
        // Owed 3 h 30 but unavailable from Thursday: Monday to Wednesday hold at most 3 × 9 h 15 = 27 h 45, so the week
        // keeps the band's floor for the days away and leaves 38 h 30 − 27 h 45 = 10 h 45, 22 started half-hours, each 3.
        var away = new Absence(Monday.PlusDays(3), Monday.PlusDays(6), AbsenceKind.Unavailable);
        var problem = CrowdedWeek(-210, weeksAfter: 2, deferredWeight: 3);
        problem = problem with { Staff = [problem.Staff[0] with { Absences = [away] }], Demand = [.. problem.Demand.Where(d => d.Date < Monday.PlusDays(3))] };

        var solution = Solve(problem with { Rules = problem.Rules with { FullTimeWeeklyBand = NodaTime.Duration.FromHours(35) } });

        AssertSolved(solution);
        Assert.Equal(27.75, Assert.Single(PaidHours(solution)));
        Assert.Equal(22 * 3, solution.Terms[SoftTermNames.DeferredHours]);
    }

    [Theory]
    [InlineData(0, 3, 35 * 60)]
    [InlineData(-210, 3, 38.5 * 60)]
    [InlineData(-600, 3, 38.5 * 60)] // more owed than a week's band: the band's edge
    [InlineData(150, 1, 32.5 * 60)]
    public void SettlingMinutes_FullTimerWeekAloneWithWeeksAfter_TargetLessWhatIsCarried(int carried, int weeksAfter, double expected)
    {
        var problem = CrowdedWeek(carried, weeksAfter, 3);

        Assert.Equal((int)expected, ContractTargets.SettlingMinutes(problem.Staff[0], problem));
    }

    [Fact]
    public void SettlingMinutes_NotAWeekAloneWithWeeksAfter_None()
    {
        var week = CrowdedWeek(-210, weeksAfter: 2, deferredWeight: 3);
        var partTimer = Listener("P", Contract.PartTime(24)) with { CarriedMinutes = -210 };

        // The period's last week settles the balance exactly (the contract-hours rule); a horizon of several weeks adds
        // up to its own targets; a part-timer works the contract's hours every week; no period, nothing to settle.
        Assert.Null(ContractTargets.SettlingMinutes(week.Staff[0], week with { ReferencePeriodEnd = week.End }));
        Assert.Null(ContractTargets.SettlingMinutes(week.Staff[0], week with { Weeks = 2 }));
        Assert.Null(ContractTargets.SettlingMinutes(partTimer, week with { Staff = [partTimer] }));
        Assert.Null(ContractTargets.SettlingMinutes(week.Staff[0], week with { ReferencePeriodEnd = null }));
    }
}
