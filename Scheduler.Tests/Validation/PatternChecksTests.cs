using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Solver.NamedShiftRota;

namespace Scheduler.Tests.Validation;

/// <summary>The work-pattern checks of named shifts, each on a hand-made rota that breaks only it, and one that keeps it.</summary>
public sealed class PatternChecksTests
{
    private static readonly LocalDate Start = Scheduler.Tests.Solver.TinyRota.Monday;

    private static List<RuleViolation> Validate(WorkLimits limits, params Assignment[] rota) =>
        [.. RotaValidator.Validate(Problem([Person("A", limits)], weeks: 2), rota)];

    [Fact]
    public void MaxConsecutiveWorkDays_ThreeInARowWhereTwoAreAllowed_ReportedOnTheThirdDay()
    {
        var violations = Validate(new WorkLimits { MaxConsecutiveWorkDays = 2 }, On("A", 3, Early), On("A", 4, Early), On("A", 5, Late));

        ValidatorAssert.OnlyRule(violations, RuleNames.MaxConsecutiveWorkDays, "A", Start.PlusDays(5));
    }

    [Fact]
    public void MaxConsecutiveWorkDays_TwoInARow_Legal() =>
        ValidatorAssert.Legal(Validate(new WorkLimits { MaxConsecutiveWorkDays = 2 }, On("A", 3, Early), On("A", 4, Early), On("A", 6, Late)));

    [Fact]
    public void MinConsecutiveWorkDays_OneDayBlockInside_ReportedButNotOnTheEdges()
    {
        var violations = Validate(new WorkLimits { MinConsecutiveWorkDays = 2 }, On("A", 0, Early), On("A", 5, Early), On("A", 13, Early));

        ValidatorAssert.OnlyRule(violations, RuleNames.MinConsecutiveWorkDays, "A", Start.PlusDays(5));
        Assert.Single(violations);
    }

    [Fact]
    public void MinConsecutiveDaysOff_OneDayOffBetweenShifts_ReportedButNotOnTheEdges()
    {
        var violations = Validate(new WorkLimits { MinConsecutiveDaysOff = 2 }, On("A", 1, Early), On("A", 2, Early), On("A", 4, Early), On("A", 7, Early), On("A", 12, Early));

        ValidatorAssert.OnlyRule(violations, RuleNames.MinConsecutiveDaysOff, "A", Start.PlusDays(3));
        Assert.Single(violations);
    }

    [Fact]
    public void MaxWeekends_SaturdayAndTheNextSunday_TwoWeekendsReported()
    {
        var violations = Validate(new WorkLimits { MaxWeekends = 1 }, On("A", 5, Early), On("A", 13, Early));

        ValidatorAssert.OnlyRule(violations, RuleNames.MaxWeekends, "A", Start);
        Assert.Contains("2 weekends", violations[0].MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxWeekends_BothDaysOfOneWeekend_Legal() =>
        ValidatorAssert.Legal(Validate(new WorkLimits { MaxWeekends = 1 }, On("A", 5, Early), On("A", 6, Early)));

    [Fact]
    public void ShiftTypeLimit_LateWorkedBySomeoneWhoNeverWorksLate_Reported()
    {
        var violations = Validate(new WorkLimits { MaxShiftsPerDefinition = new Dictionary<string, int> { ["L"] = 0 } }, On("A", 2, Late), On("A", 3, Early));

        ValidatorAssert.OnlyRule(violations, RuleNames.ShiftTypeLimit, "A", Start);
        Assert.Contains("'L'", violations[0].MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void WorkedMinutesRange_SixteenHoursExactlyAllowed_OtherTotalsReported(int shifts, bool reported)
    {
        var rota = Enumerable.Range(0, shifts).Select(d => On("A", 2 * d, Early)).ToArray();

        var violations = Validate(new WorkLimits { MinWorkedMinutes = 960, MaxWorkedMinutes = 960 }, rota);

        Assert.Equal(reported, violations.Any(v => v.Rule == RuleNames.WorkedMinutesRange));
        Assert.All(violations, v => Assert.Equal(RuleNames.WorkedMinutesRange, v.Rule));
    }

    [Fact]
    public void ForbiddenSuccession_EarlyAfterLate_ReportedOnTheSecondDayAndLateAfterEarlyLegal()
    {
        var rules = PatternRules with { ForbiddenSuccessions = new Dictionary<string, IReadOnlyList<string>> { ["L"] = ["E"] } };
        var problem = Problem([Person("A")], rules: rules);
        Assignment[] rota = [On("A", 0, Early), On("A", 1, Late), On("A", 2, Early), On("A", 3, Late)];

        var violations = RotaValidator.Validate(problem, rota);

        ValidatorAssert.OnlyRule(violations, RuleNames.ForbiddenSuccession, "A", Start.PlusDays(2));
        Assert.Single(violations);
    }
}
