using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Validation;

/// <summary>Rest rules: daily rest in elapsed time (across daylight-saving nights and the horizon's start), weekly rest, days off.</summary>
public sealed class RestChecksTests
{
    /// <summary>A week from <paramref name="monday"/>: Wednesday to Friday 9:00–17:00, then Saturday 14:00–22:00 and Sunday from <paramref name="sundayStart"/>.</summary>
    private static List<Assignment> LateSaturdayWeek(LocalDate monday, string sundayStart) =>
    [
        .. Days("ana", monday.PlusDays(2), 7.25, 7.25, 7.25),
        Paid("ana", monday.PlusDays(5), 7.25, "14:00"),
        Paid("ana", monday.PlusDays(6), 7.25, sundayStart),
    ];

    [Fact]
    public void DailyRest_SpringForwardNight_ElevenWallClockHoursAreTenElapsed()
    {
        var monday = new LocalDate(2026, 3, 23);
        var rota = LateSaturdayWeek(monday, "09:00");

        var violations = RotaValidator.Validate(Solo(rota, start: monday, open: "07:00", close: "22:00"), rota);

        ValidatorAssert.OnlyRule(violations, RuleNames.DailyRest, "ana", new LocalDate(2026, 3, 29));
        Assert.Contains("only 10h of rest", Assert.Single(violations).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void DailyRest_SpringForwardNight_TwelveWallClockHoursAreEnough()
    {
        var monday = new LocalDate(2026, 3, 23);
        var rota = LateSaturdayWeek(monday, "10:00");

        ValidatorAssert.Legal(RotaValidator.Validate(Solo(rota, start: monday, open: "07:00", close: "22:00"), rota));
    }

    [Fact]
    public void DailyRest_FallBackNight_TenWallClockHoursAreElevenElapsed()
    {
        var monday = new LocalDate(2026, 10, 19);
        var rota = LateSaturdayWeek(monday, "08:00");

        ValidatorAssert.Legal(RotaValidator.Validate(Solo(rota, start: monday, open: "07:00", close: "22:00"), rota));
    }

    [Fact]
    public void DailyRest_SameTimesOnAnOrdinaryNight_Reported()
    {
        var monday = new LocalDate(2026, 10, 12);
        var rota = LateSaturdayWeek(monday, "08:00");

        ValidatorAssert.OnlyRule(RotaValidator.Validate(Solo(rota, start: monday, open: "07:00", close: "22:00"), rota), RuleNames.DailyRest, "ana", monday.PlusDays(6));
    }

    [Theory]
    [InlineData("07:00", true)]
    [InlineData("09:00", false)]
    public void DailyRest_HistoryShiftTheNightBefore_CountsAcrossTheBoundary(string mondayStart, bool broken)
    {
        Assignment[] history = [Paid("ana", Monday.PlusDays(-1), 7.25, "14:00")];
        var rota = FullTimeWeek("ana", Monday).Skip(1).Prepend(Paid("ana", Monday, 7.25, mondayStart)).ToList();

        var violations = RotaValidator.Validate(Solo(rota, history: history, open: "07:00", close: "22:00"), rota);

        if (broken)
        {
            ValidatorAssert.OnlyRule(violations, RuleNames.DailyRest, "ana", Monday);
        }
        else
        {
            ValidatorAssert.Legal(violations);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WeeklyRest_TwoSingleDaysOffBetweenLateAndEarlyShifts_NoThirtyFiveHours(bool fridayOffToSunday)
    {
        // Open 6:00–23:00: a single day off between a 23:00 end and a 6:00 start is only 31 h of rest.
        Assignment[] history = [Paid("ana", Monday.PlusDays(-1), 7.25, "15:00")];
        List<Assignment> rota =
        [
            Paid("ana", Monday, 7.25, "15:00"),
            Paid("ana", Monday.PlusDays(2), 7.25, "06:00"),
            Paid("ana", Monday.PlusDays(3), 7.25, "06:00"),
            Paid("ana", Monday.PlusDays(4), 7.25, fridayOffToSunday ? "06:00" : "15:00"),
            Paid("ana", Monday.PlusDays(6), 7.25, fridayOffToSunday ? "15:00" : "06:00"),
        ];

        var violations = RotaValidator.Validate(Solo(rota, history: history, open: "06:00", close: "23:00"), rota);

        if (fridayOffToSunday)
        {
            ValidatorAssert.Legal(violations);
        }
        else
        {
            ValidatorAssert.OnlyRule(violations, RuleNames.WeeklyRest, "ana", Monday);
        }
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void DaysOffPerWeek_SixShiftsInAWeek_Reported(int shifts, bool broken)
    {
        var rota = Days("ana", Monday, Enumerable.Repeat(6.25, shifts).ToArray()).ToList();

        var violations = RotaValidator.Validate(Solo(rota), rota);

        if (broken)
        {
            ValidatorAssert.OnlyRule(violations, RuleNames.DaysOffPerWeek, "ana", Monday);
        }
        else
        {
            ValidatorAssert.Legal(violations);
        }
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void MaxWorkingDaysInSeven_SevenDaysInARowAcrossTwoWeeks_Reported(int secondWorkingDayOfWeekTwo, bool broken)
    {
        // Week one: Wednesday to Sunday. Week two: Monday, then Tuesday or Wednesday, then Thursday to Saturday.
        var weekTwo = Monday.PlusWeeks(1);
        var rota = Days("ana", Monday.PlusDays(2), 7.25, 7.25, 7.25, 7.25, 7.25)
            .Append(Paid("ana", weekTwo, 7.25))
            .Append(Paid("ana", weekTwo.PlusDays(secondWorkingDayOfWeekTwo), 7.25))
            .Concat(Days("ana", weekTwo.PlusDays(3), 7.25, 7.25, 7.25))
            .ToList();

        var violations = RotaValidator.Validate(Solo(rota, weeks: 2), rota);

        if (broken)
        {
            ValidatorAssert.OnlyRule(violations, RuleNames.MaxWorkingDaysInSeven, "ana", weekTwo.PlusDays(1));
        }
        else
        {
            ValidatorAssert.Legal(violations);
        }
    }

    [Fact]
    public void MaxWorkingDaysInSeven_FiveHistoryDaysThenTwoInTheHorizon_Reported()
    {
        var history = Days("ana", Monday.PlusDays(-5), 7.25, 7.25, 7.25, 7.25, 7.25).ToList();
        var rota = Days("ana", Monday, 7.25, 7.25).Concat(Days("ana", Monday.PlusDays(3), 7.25, 7.25, 7.25)).ToList();

        ValidatorAssert.OnlyRule(RotaValidator.Validate(Solo(rota, history: history), rota), RuleNames.MaxWorkingDaysInSeven, "ana", Monday.PlusDays(1));
    }

    [Fact]
    public void WeeklyRest_OnlyDayOffIsTheHorizonsLastDay_TakenAsRest()
    {
        // Open 6:00–23:00, Tuesday off between a 23:00 end and a 6:00 start (31 h), then Sunday, the last day, off:
        // the rest after Saturday runs into the next rota, which is not known here.
        Assignment[] history = [Paid("ana", Monday.PlusDays(-1), 7.25, "15:00")];
        List<Assignment> rota =
        [
            Paid("ana", Monday, 7.25, "15:00"),
            .. Enumerable.Range(2, 4).Select(d => Paid("ana", Monday.PlusDays(d), 7.25, "06:00")),
        ];

        ValidatorAssert.Legal(RotaValidator.Validate(Solo(rota, history: history, open: "06:00", close: "23:00"), rota));
    }
}
