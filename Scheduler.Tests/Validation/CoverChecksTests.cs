using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Validation;

/// <summary>
/// A floor open on Monday only, 9:00–16:00: two managers and three listeners, each on a 7 h shift with a 45 min break,
/// breaks staggered so that one manager and two trained listeners are on duty in every half-hour.
/// </summary>
public sealed class CoverChecksTests
{
    private static readonly Contract SixHoursFifteen = new(375);

    private static RotaProblem Floor(LocalDate? qualifiedUntil = null)
    {
        StaffMember[] staff =
        [
            Manager("m1") with { Contract = SixHoursFifteen },
            Manager("m2") with { Contract = SixHoursFifteen },
            Listener("l1") with { Contract = SixHoursFifteen },
            Listener("l2") with { Contract = SixHoursFifteen },
            Listener("l3", qualifiedUntil: qualifiedUntil) with { Contract = SixHoursFifteen },
        ];
        return Problem(staff) with { Opening = [new OpeningHours(Monday, Time("09:00"), Time("16:00"))] };
    }

    private static List<Assignment> Rota(string m2Break = "12:00", string l3Break = "13:00") =>
    [
        Day("m1", "11:00"),
        Day("m2", m2Break),
        Day("l1", "11:00"),
        Day("l2", "12:00"),
        Day("l3", l3Break),
    ];

    private static Assignment Day(string id, string breakStart) =>
        Shift(id, Monday, "09:00", "16:00", breakStart, Time(breakStart).PlusMinutes(45).ToString("HH:mm", null));

    [Fact]
    public void Validate_StaggeredBreaks_IsLegal() =>
        ValidatorAssert.Legal(RotaValidator.Validate(Floor(), Rota()));

    [Fact]
    public void ManagerCover_BothManagersOnBreakTogether_ReportsTheHalfHours()
    {
        var violations = RotaValidator.Validate(Floor(), Rota(m2Break: "11:00"));

        ValidatorAssert.OnlyRule(violations, RuleNames.ManagerCover, null, Monday);
        var violation = Assert.Single(violations);
        Assert.Equal(Time("11:00"), violation.Time);
        Assert.Contains("11:00 to 12:00", violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ListenerCover_TwoListenersOnBreakInTheSameHalfHour_CountsNeitherFully()
    {
        // l3's break 12:00–12:45 is l2's: both are off the floor for 12:00–12:30 and part of 12:30–13:00.
        var violations = RotaValidator.Validate(Floor(), Rota(l3Break: "12:00"));

        ValidatorAssert.OnlyRule(violations, RuleNames.ListenerCover, null, Monday);
        Assert.Equal(Time("12:00"), Assert.Single(violations).Time);
    }

    [Fact]
    public void ListenerCover_ExpiredQualification_DoesNotCount()
    {
        var violations = RotaValidator.Validate(Floor(qualifiedUntil: Monday.PlusDays(-1)), Rota());

        ValidatorAssert.OnlyRule(violations, RuleNames.ListenerCover, null, Monday);
        Assert.Contains(violations, v => v.Time == Time("11:00"));
        Assert.Contains(violations, v => v.MessageFr.Contains("1 écoutant(s) formé(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void ListenerCover_QualifiedUntilThatDay_StillCounts() =>
        ValidatorAssert.Legal(RotaValidator.Validate(Floor(qualifiedUntil: Monday), Rota()));

    [Theory]
    [InlineData("09:00", "13:00", 540, 570, true)]
    [InlineData("09:30", "13:00", 540, 570, false)]
    [InlineData("09:00", "12:45", 720, 750, true)]
    [InlineData("09:00", "12:45", 750, 780, false)]
    public void OnDutyThroughout_ShiftEdges_CountOnlyWholeSlots(string start, string end, int from, int to, bool expected) =>
        Assert.Equal(expected, Slots.OnDutyThroughout(Shift("x", Monday, start, end), from, to));

    [Fact]
    public void ManagerCover_EmptyRota_OneViolationForTheWholeDay()
    {
        var violations = RotaValidator.Validate(Floor(), []).Where(v => v.Rule == RuleNames.ManagerCover).ToList();

        var violation = Assert.Single(violations);
        Assert.Contains("09:00 à 16:00, 0 responsable(s)", violation.MessageFr, StringComparison.Ordinal);
    }
}
