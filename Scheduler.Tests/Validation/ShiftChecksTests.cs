using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Validation;

/// <summary>Rules about single shifts: each case breaks one rule of a one-person, one-week rota that is otherwise legal.</summary>
public sealed class ShiftChecksTests
{
    private static readonly NodaTime.LocalDate Friday = Monday.PlusDays(4);

    private static List<Assignment> WeekWith(int day, params Assignment[] replacement)
    {
        var week = FullTimeWeek("ana", Monday).ToList();
        week.RemoveAt(day);
        week.InsertRange(day, replacement);
        return week;
    }

    [Fact]
    public void Validate_FullTimeWeek_IsLegal()
    {
        var rota = FullTimeWeek("ana", Monday).ToList();

        ValidatorAssert.Legal(RotaValidator.Validate(Solo(rota, contract: Contract.FullTime()), rota));
    }

    [Fact]
    public void OpeningHours_ShiftPastClosing_Reported()
    {
        var rota = WeekWith(4, Shift("ana", Friday, "15:30", "20:30"));

        ValidatorAssert.OnlyRule(RotaValidator.Validate(Solo(rota), rota), RuleNames.OpeningHours, "ana", Friday);
    }

    [Fact]
    public void OpeningHours_ClosedDay_Reported()
    {
        var rota = FullTimeWeek("ana", Monday).ToList();
        var problem = Solo(rota);
        problem = problem with { Opening = problem.Opening.Where(o => o.Date != Friday).ToList() };

        ValidatorAssert.OnlyRule(RotaValidator.Validate(problem, rota), RuleNames.OpeningHours, "ana", Friday);
    }

    [Fact]
    public void Availability_WorksOnLeave_Reported()
    {
        var rota = FullTimeWeek("ana", Monday).ToList();
        // One absence day lowers the week's target by a fifth: 43 h 45 × 4/5 = 35 h, so contract hours still hold.
        var problem = Solo(rota, contract: new Contract(2625), absences: new Absence(Monday.PlusDays(2), Monday.PlusDays(2), AbsenceKind.Leave));

        var violations = RotaValidator.Validate(problem, rota);

        ValidatorAssert.OnlyRule(violations, RuleNames.Availability, "ana", Monday.PlusDays(2));
        Assert.Contains("congé", Assert.Single(violations).MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_AbsentOnADayOff_IsLegal()
    {
        var rota = FullTimeWeek("ana", Monday).ToList();
        var problem = Solo(rota, contract: new Contract(2625), absences: new Absence(Monday.PlusDays(5), Monday.PlusDays(5), AbsenceKind.Sickness));

        ValidatorAssert.Legal(RotaValidator.Validate(problem, rota));
    }

    [Fact]
    public void OneShiftPerDay_TwoShiftsElevenHoursApart_Reported()
    {
        // Open around the clock so that only the one-shift rule, not opening hours or daily rest, is broken.
        var rota = WeekWith(0, Shift("ana", Monday, "00:00", "04:00"), Shift("ana", Monday, "15:00", "19:00"));

        ValidatorAssert.OnlyRule(RotaValidator.Validate(Solo(rota, open: "00:00", close: "23:30"), rota), RuleNames.OneShiftPerDay, "ana", Monday);
    }

    [Theory]
    [InlineData("09:00", "12:30")]
    [InlineData("09:15", "13:15")]
    public void ShiftLength_TooShortOrOffTheGrid_Reported(string start, string end)
    {
        var rota = WeekWith(4, Shift("ana", Friday, start, end));

        ValidatorAssert.OnlyRule(RotaValidator.Validate(Solo(rota), rota), RuleNames.ShiftLength, "ana", Friday);
    }

    [Fact]
    public void MaxDailyWork_ElevenHourShiftAllowedByASettingStillWorksTooLong_Reported()
    {
        var rota = WeekWith(0, Shift("ana", Monday, "09:00", "20:00", "12:00", "12:45"));
        var rules = RuleSettings.Default with { MaxShiftLength = NodaTime.Duration.FromHours(12) };

        ValidatorAssert.OnlyRule(RotaValidator.Validate(Solo(rota, rules: rules), rota), RuleNames.MaxDailyWork, "ana", Monday);
    }

    [Fact]
    public void MaxDailyWork_NineHoursFortyFiveOfWork_IsLegal()
    {
        var rota = WeekWith(0, Shift("ana", Monday, "09:00", "19:30", "12:00", "12:45"));
        var rules = RuleSettings.Default with { MaxShiftLength = NodaTime.Duration.FromHours(12) };

        ValidatorAssert.Legal(RotaValidator.Validate(Solo(rota, rules: rules), rota));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("12:00", "12:15")]
    [InlineData("09:30", "10:15")]
    [InlineData("12:00", "12:30")]
    [InlineData("12:10", "12:55")]
    public void Break_MissingTooShortMisplacedNotAsConfiguredOrOffTheGrid_Reported(string? breakStart, string? breakEnd)
    {
        var rota = WeekWith(0, Shift("ana", Monday, "09:00", "16:00", breakStart, breakEnd));

        ValidatorAssert.OnlyRule(RotaValidator.Validate(Solo(rota), rota), RuleNames.Break, "ana", Monday);
    }

    [Fact]
    public void Break_ShortShiftWithoutBreak_IsLegal()
    {
        var rota = WeekWith(0, Shift("ana", Monday, "09:00", "14:30"));

        ValidatorAssert.Legal(RotaValidator.Validate(Solo(rota), rota));
    }

    [Fact]
    public void Pinned_ShiftMovedByHalfAnHour_Reported()
    {
        var rota = FullTimeWeek("ana", Monday).ToList();
        var pinned = Shift("ana", Monday, "09:30", "17:30", "12:00", "12:45");
        var problem = Solo(rota) with { Pinned = [pinned] };

        ValidatorAssert.OnlyRule(RotaValidator.Validate(problem, rota), RuleNames.Pinned, "ana", Monday);
        ValidatorAssert.Legal(RotaValidator.Validate(problem with { Pinned = [rota[0]] }, rota));
    }

    [Theory]
    [InlineData("11:30", "12:15", true)]
    [InlineData(null, null, false)]
    [InlineData("09:30", "10:15", false)]
    public void Pinned_BreakMoved_BrokenOnlyWhenThePinnedBreakWasLegal(string? pinnedBreakStart, string? pinnedBreakEnd, bool broken)
    {
        // The rota's Monday is 9:00–17:00 with its break 12:00–12:45; the pin has the same hours and another break, none,
        // or one too close to the start that the planner had to move.
        var rota = FullTimeWeek("ana", Monday).ToList();
        var problem = Solo(rota) with { Pinned = [Shift("ana", Monday, "09:00", "17:00", pinnedBreakStart, pinnedBreakEnd)] };

        var violations = RotaValidator.Validate(problem, rota);

        if (broken)
        {
            ValidatorAssert.OnlyRule(violations, RuleNames.Pinned, "ana", Monday);
        }
        else
        {
            ValidatorAssert.Legal(violations);
        }
    }
}
