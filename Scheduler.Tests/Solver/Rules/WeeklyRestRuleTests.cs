using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class WeeklyRestRuleTests
{
    // One day off a week is allowed here, so only the 35 consecutive hours can bite.
    private static readonly RuleSettings OneDayOff = QuietRules with { MinDaysOffPerWeek = 1 };

    private static RotaProblem SixDaysWithThursdayOff(string wednesdayEnd, string fridayStart)
    {
        var opening = Open("06:00", "23:00", 0, 1, 2, 3, 4, 5, 6);
        var wednesday = Shift("A", 2, "09:00", wednesdayEnd) with { Start = Time(wednesdayEnd).PlusHours(-6) };
        var friday = Shift("A", 4, fridayStart, "12:00") with { End = Time(fridayStart).PlusHours(6) };
        return Problem([Listener("A")], opening, OneDayOff) with
        {
            Pinned = [Shift("A", 0, "09:00", "15:00"), Shift("A", 1, "09:00", "15:00"), wednesday, friday, Shift("A", 5, "09:00", "15:00"), Shift("A", 6, "09:00", "15:00")],
        };
    }

    [Fact]
    public void Solve_ThirtySevenHoursAroundTheDayOff_Feasible() =>
        AssertSolved(Solve(SixDaysWithThursdayOff("20:00", "09:00")));

    [Fact]
    public void Solve_ThirtyOneHoursAroundTheDayOff_InfeasibleNamingWeeklyRest()
    {
        var solution = Solve(SixDaysWithThursdayOff("23:00", "06:00"));

        AssertInfeasibleBecauseOf(solution, RuleNames.WeeklyRest, "A");
    }
}
