using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Validation;

/// <summary>Hours rules: weekly maximum, 12-week average with history, contract hours, part-time extra hours.</summary>
public sealed class HoursChecksTests
{
    private static void Check(IReadOnlyList<RuleViolation> violations, string? brokenRule, LocalDate date)
    {
        if (brokenRule is null)
        {
            ValidatorAssert.Legal(violations);
        }
        else
        {
            ValidatorAssert.OnlyRule(violations, brokenRule, "ana", date);
        }
    }

    [Theory]
    [InlineData(40, RuleNames.MaxWeeklyHours)]
    [InlineData(48, null)]
    public void MaxWeeklyHours_FiveTenHourShifts_AgainstTheLimit(int limitHours, string? brokenRule)
    {
        var rota = Days("ana", Monday, 9.25, 9.25, 9.25, 9.25, 9.25).ToList();
        var rules = RuleSettings.Default with { MaxWeeklyWork = Duration.FromHours(limitHours) };

        Check(RotaValidator.Validate(Solo(rota, rules: rules), rota), brokenRule, Monday);
    }

    [Theory]
    [InlineData(true, RuleNames.MaxAverageWeeklyHours)]
    [InlineData(false, null)]
    public void MaxAverageWeeklyHours_HeavyWeekInHistory_CountsInTheAverage(bool withHistory, string? brokenRule)
    {
        // Over two weeks at most 88 h: 46 h 15 in the history week plus 46 h 15 in the horizon is 92 h 30.
        var history = withHistory ? Days("ana", Monday.PlusWeeks(-1), 9.25, 9.25, 9.25, 9.25, 9.25).ToList() : [];
        // Without history the window is the horizon's single week, which only the weekly maximum governs.
        var rota = Days("ana", Monday, 9.25, 9.25, 9.25, 9.25, 9.25).ToList();
        var rules = RuleSettings.Default with { AverageWeeks = 2 };

        Check(RotaValidator.Validate(Solo(rota, rules: rules, history: history), rota), brokenRule, Monday);
    }

    [Fact]
    public void ContractHours_FullTimerWorksTwentyNineHours_WeekReported()
    {
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25).ToList();

        var violations = RotaValidator.Validate(Solo(rota, contract: Contract.FullTime()), rota);

        ValidatorAssert.OnlyRule(violations, RuleNames.ContractHours, "ana", Monday);
        Assert.Contains("works 29h in the week of 02/03/2026; expected: 31h30-38h30", Assert.Single(violations).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ContractHours_SwitchedOff_WeekNotReported()
    {
        // ContractHoursApply = false plans without the contract rules (what-if runs); the validator follows the same switch.
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25).ToList();
        var problem = Solo(rota, contract: Contract.FullTime());

        var violations = RotaValidator.Validate(problem with { Rules = problem.Rules with { ContractHoursApply = false } }, rota);

        ValidatorAssert.Legal(violations);
    }

    [Fact]
    public void ContractHours_OneWeekHorizonWithinTheBand_IsLegal()
    {
        // A single week is its own horizon total: only the band applies (as in the model).
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25, 4).ToList();

        ValidatorAssert.Legal(RotaValidator.Validate(Solo(rota, contract: Contract.FullTime()), rota));
    }

    [Theory]
    [InlineData(2, 0, null)] // 33 h settles the 2 h carried over in the period's last week
    [InlineData(0, 0, RuleNames.ContractHours)] // nothing carried: the last week must be 35 h
    [InlineData(0, 1, null)] // a week left after it: the band
    [InlineData(-3.5, 1, RuleNames.ContractHours)] // 3 h 30 owed, one week left: at least 35 h
    public void ContractHours_OneWeekInsideAReferencePeriod_WorksBackTheBalance(double carriedHours, int weeksAfter, string? brokenRule)
    {
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25, 4).ToList();
        var problem = Solo(rota, contract: Contract.FullTime());
        problem = problem with
        {
            Staff = [problem.Staff[0] with { CarriedMinutes = (int)(carriedHours * 60) }],
            ReferencePeriodEnd = problem.End.PlusWeeks(weeksAfter),
        };

        Check(RotaValidator.Validate(problem, rota), brokenRule, Monday);
    }

    [Theory]
    [InlineData(false, RuleNames.ContractHours)]
    [InlineData(true, null)]
    public void ContractHours_OwedInThePeriodsLastWeekWithADayAway_HeldToTheBandsFloorOnly(bool sundayAway, string? brokenRule)
    {
        // 33 h when 3 h 30 are owed at the period's end: short, unless a day away leaves the week the band's floor.
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25, 4).ToList();
        var sunday = Monday.PlusDays(6);
        var problem = sundayAway
            ? Solo(rota, contract: Contract.FullTime(), absences: new Absence(sunday, sunday, AbsenceKind.Unavailable))
            : Solo(rota, contract: Contract.FullTime());
        problem = problem with { Staff = [problem.Staff[0] with { CarriedMinutes = -210 }], ReferencePeriodEnd = problem.End };

        Check(RotaValidator.Validate(problem, rota), brokenRule, Monday);
    }

    [Fact]
    public void ContractHours_PeriodsLastWeekWithNothingCarried_SaysThePeriodEnds()
    {
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25, 4).ToList();
        var problem = Solo(rota, contract: Contract.FullTime()) with { ReferencePeriodEnd = Monday.PlusDays(6) };

        var violation = Assert.Single(RotaValidator.Validate(problem, rota));

        Assert.EndsWith("expected: 35h (the reference period ends on 08/03/2026: its weeks must balance by then).", violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ContractHours_WeekOfLeaveWithHoursToGiveBack_NothingWorkedIsLegal()
    {
        // Leave Monday to Friday credits the whole 35 h; 3 h 30 worked ahead cannot take the week below nothing.
        var rota = new List<Assignment>();
        var problem = Solo(rota, contract: Contract.FullTime(), absences: new Absence(Monday, Monday.PlusDays(4), AbsenceKind.Leave));
        problem = problem with { Staff = [problem.Staff[0] with { CarriedMinutes = 210 }], ReferencePeriodEnd = problem.End };

        ValidatorAssert.Legal(RotaValidator.Validate(problem, rota));
    }

    [Fact]
    public void ContractHours_ReferencePeriodBalance_NamedInTheMessage()
    {
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25, 4).ToList();
        var problem = Solo(rota, contract: Contract.FullTime());
        problem = problem with { Staff = [problem.Staff[0] with { CarriedMinutes = -90 }], ReferencePeriodEnd = problem.End };

        var violation = Assert.Single(RotaValidator.Validate(problem, rota));

        Assert.Contains("works 33h in the week of 02/03/2026; expected: 36h30 (balance of the reference period's earlier weeks, which ends on 08/03/2026: −1h30)",
            violation.MessageEn, StringComparison.Ordinal);
        Assert.Contains("attendu : 36h30 (solde des semaines précédentes de la période de référence, jusqu'au 08/03/2026 : −1h30)", violation.MessageFr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, RuleNames.ContractHours)]
    [InlineData(true, null)]
    public void ContractHours_TwoWeeksEndingTheReferencePeriod_WorkBackTheBalance(bool longSecondWeek, string? brokenRule)
    {
        // 3 h 30 owed from the period's earlier weeks: the two weeks must give 73 h 30, not their own 70 h.
        var rota = FullTimeWeek("ana", Monday).Concat(longSecondWeek ? Days("ana", Monday.PlusWeeks(1), 8.25, 8.25, 8.25, 8.25, 5.5) : FullTimeWeek("ana", Monday.PlusWeeks(1))).ToList();
        var problem = Solo(rota, weeks: 2, contract: Contract.FullTime());
        problem = problem with { Staff = [problem.Staff[0] with { CarriedMinutes = -210 }], ReferencePeriodEnd = problem.End };

        Check(RotaValidator.Validate(problem, rota), brokenRule, Monday);
    }

    [Fact]
    public void ContractHours_TwoWeeksAcrossTheReferencePeriodsEnd_EachPeriodAddsUpOnItsOwn()
    {
        // The first week closes a period that owes 3 h 30 (38 h 30 due), the second opens the next (35 h due): 73 h 30 laid
        // the other way round adds up over the horizon but not per period.
        var rota = FullTimeWeek("ana", Monday).Concat(Days("ana", Monday.PlusWeeks(1), 8.25, 8.25, 8.25, 8.25, 5.5)).ToList();
        var problem = Solo(rota, weeks: 2, contract: Contract.FullTime());
        problem = problem with { Staff = [problem.Staff[0] with { CarriedMinutes = -210 }], ReferencePeriodEnd = Monday.PlusDays(6), ReferencePeriodWeeks = 4 };

        var violations = RotaValidator.Validate(problem, rota);

        Assert.All(violations, v => Assert.Equal(RuleNames.ContractHours, v.Rule));
        Assert.Equal([Monday], violations.Select(v => v.Date));
        Assert.Contains("works 35h from 02/03/2026 to 08/03/2026; expected: 38h30 (reference period until 08/03/2026, balance of the earlier weeks −3h30)",
            violations[0].MessageEn, StringComparison.Ordinal);
        Assert.Contains("travaille 35h du 02/03/2026 au 08/03/2026 ; attendu : 38h30 (période de référence jusqu'au 08/03/2026, solde des semaines précédentes −3h30)",
            violations[0].MessageFr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, null)] // the next period's first week, three more after it: within its band
    [InlineData(0, RuleNames.ContractHours)] // its length unknown: the week adds up to its own 35 h
    public void ContractHours_WeekAfterTheReferencePeriodsEnd_KeptByTheNextPeriod(int nextPeriodWeeks, string? brokenRule)
    {
        var rota = Days("ana", Monday, 8.25, 8.25, 8.25, 8.25, 5.5).Concat(Days("ana", Monday.PlusWeeks(1), 8.25, 8.25, 8.25, 8.25, 5.5)).ToList();
        var problem = Solo(rota, weeks: 2, contract: Contract.FullTime());
        problem = problem with { Staff = [problem.Staff[0] with { CarriedMinutes = -210 }], ReferencePeriodEnd = Monday.PlusDays(6), ReferencePeriodWeeks = nextPeriodWeeks };

        Check(RotaValidator.Validate(problem, rota), brokenRule, Monday.PlusWeeks(1));
    }

    [Fact]
    public void ContractHours_TwoWeeksInsideALongerPeriod_LeaveTheBalanceWithinReach()
    {
        // 10 h worked ahead and one week of the period after these two: they must give back at least 6 h 30 (63 h 30 at most).
        var rota = FullTimeWeek("ana", Monday).Concat(FullTimeWeek("ana", Monday.PlusWeeks(1))).ToList();
        var problem = Solo(rota, weeks: 2, contract: Contract.FullTime());
        problem = problem with { Staff = [problem.Staff[0] with { CarriedMinutes = 600 }], ReferencePeriodEnd = problem.End.PlusWeeks(1) };

        var violation = Assert.Single(RotaValidator.Validate(problem, rota));

        Assert.Contains("works 70h from 02/03/2026 to 15/03/2026; expected: 63h-63h30", violation.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AbsenceKind.Leave, null)]
    [InlineData(AbsenceKind.Unavailable, RuleNames.ContractHours)]
    public void ContractHours_AbsenceDay_CreditedUnlessMerelyUnavailable(AbsenceKind kind, string? brokenRule)
    {
        // 24 h part-timer off on Friday: leave credits 4 h 48 (rounded to 4 h 45), so 19 h 15 is due; "unavailable" credits nothing.
        var rota = Days("ana", Monday, 5.25, 5, 4.5, 4.5).ToList();
        var friday = Monday.PlusDays(4);

        Check(RotaValidator.Validate(Solo(rota, contract: Contract.PartTime(24), absences: new Absence(friday, friday, kind)), rota), brokenRule, Monday);
    }

    [Theory]
    [InlineData(false, RuleNames.ContractHours)]
    [InlineData(true, null)]
    public void ContractHours_FullTimerWithinTheBandEachWeek_MustAddUpOverTheHorizon(bool shortSecondWeek, string? brokenRule)
    {
        // Week one is 36 h 15; week two is 33 h 45 (total 70 h) or 35 h (total 71 h 15). Every week is within 35 h ± 3 h 30.
        var rota = Days("ana", Monday, 7.25, 7.25, 7.25, 7.25, 7.25)
            .Concat(shortSecondWeek ? Days("ana", Monday.PlusWeeks(1), 7.75, 7.75, 7.25, 5.5, 5.5) : FullTimeWeek("ana", Monday.PlusWeeks(1)))
            .ToList();

        Check(RotaValidator.Validate(Solo(rota, weeks: 2, contract: Contract.FullTime()), rota), brokenRule, Monday);
    }

    [Theory]
    [InlineData(new[] { 5.0, 5, 5, 4.5, 4.5 }, null)]
    [InlineData(new[] { 5.0, 5, 5, 5, 4.5 }, RuleNames.PartTimeExtraHours)]
    [InlineData(new[] { 5.0, 5, 5, 4.5, 4 }, RuleNames.ContractHours)]
    public void ContractHours_PartTimerWithoutExtraHours_WorksExactlyTheContract(double[] shifts, string? brokenRule)
    {
        var rota = Days("ana", Monday, shifts).ToList();

        Check(RotaValidator.Validate(Solo(rota, contract: Contract.PartTime(24)), rota), brokenRule, Monday);
    }

    [Theory]
    [InlineData(new[] { 5.5, 5.5, 5.5, 5.25, 5.25 }, RuleNames.PartTimeExtraHours)]
    [InlineData(new[] { 5.5, 5.5, 5, 5, 5.25 }, null)]
    public void PartTimeExtraHours_ThreeHoursAllowed_CappedAtTenPercentOfTheContract(double[] shifts, string? brokenRule)
    {
        // 24 h contract, 3 h allowed by the manager, but the law caps extra hours at 10 %: 2 h 24.
        var rota = Days("ana", Monday, shifts).ToList();

        Check(RotaValidator.Validate(Solo(rota, contract: Contract.PartTime(24, 180)), rota), brokenRule, Monday);
    }

    [Theory]
    [InlineData(5, RuleNames.PartTimeExtraHours)]
    [InlineData(4.5, null)]
    public void PartTimeExtraHours_ThirtyThreeHourContract_NeverReachesThirtyFive(double lastShift, string? brokenRule)
    {
        var rota = Days("ana", Monday, 7.25, 7.75, 7.25, 7.75, lastShift).ToList();

        Check(RotaValidator.Validate(Solo(rota, contract: Contract.PartTime(33, 180)), rota), brokenRule, Monday);
    }

    [Fact]
    public void MaxAverageWeeklyHours_NoHistory_AveragesOverTheHorizonWeeks()
    {
        // Two weeks of 46 h 15 with no history: the window is the two weeks (92 h 30 > 88 h), not 12 weeks padded with zeros.
        var rota = Days("ana", Monday, 9.25, 9.25, 9.25, 9.25, 9.25).Concat(Days("ana", Monday.PlusWeeks(1), 9.25, 9.25, 9.25, 9.25, 9.25)).ToList();

        Check(RotaValidator.Validate(Solo(rota, weeks: 2), rota), RuleNames.MaxAverageWeeklyHours, Monday.PlusWeeks(1));
    }
}
