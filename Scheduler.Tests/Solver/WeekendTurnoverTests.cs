using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Columns;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>
/// Managers on both weekend days beyond what their class's other patterns can take the week after (<see cref="WeekendTurnover"/>),
/// and the rounding's polish that moves them (<see cref="MasterRounding.Polish"/>): three weeks, one pattern of each kind.
/// </summary>
public sealed class WeekendTurnoverTests
{
    private static readonly RotaProblem Managers = PlatformScenarios.Synthetic(1, 3, Monday, 3) with { Staff = [.. PlatformScenarios.Synthetic(1, 3, Monday, 3).Staff.Where(s => s.Role == StaffRole.Manager)] };

    private static readonly IReadOnlyList<DayGrid> Week = [.. RotaGrid.Build(Managers).Week(0)];

    /// <summary>Wednesday to Sunday: both weekend days.</summary>
    private static readonly WeekPattern BothDays = Pattern(2, 3, 4, 5, 6);

    /// <summary>Monday to Friday.</summary>
    private static readonly WeekPattern MondayToFriday = Pattern(0, 1, 2, 3, 4);

    /// <summary>Monday to Thursday and Saturday: one weekend day.</summary>
    private static readonly WeekPattern OneDay = Pattern(0, 1, 2, 3, 5);

    [Fact]
    public void Weight_CountsBothDaysTwiceAndMondayToFridayOnce()
    {
        var turnover = WeekendTurnover.Of(Managers, Week, alike: true)!;

        Assert.Equal([2, 1, 0], new[] { BothDays, MondayToFriday, OneDay }.Select(turnover.Weight));
    }

    [Fact]
    public void Of_FewerThanThreeWeeksOrWeeksNotAlike_PricesNothing()
    {
        Assert.Null(WeekendTurnover.Of(Managers with { Weeks = 2 }, Week, alike: true));
        Assert.Null(WeekendTurnover.Of(Managers, Week, alike: false));
    }

    [Fact]
    public void Polish_ManagersAllOnBothDays_MovesThemWhereTheirWeekendsTurnOver()
    {
        var classes = StaffClass.Of(Managers);
        var columns = new[] { BothDays, MondayToFriday, OneDay };
        var rounding = Rounding(classes);

        var polished = rounding.Polish(columns, [3, 0, 0], WeekendTurnover.Applies);

        // Three on both days leave 2 × 3 − 3 = 3 of them nowhere to go the week after; one on both days and two on one day
        // leave none (2 × 1 + 0 ≤ 3).
        Assert.Equal(3, polished.Sum());
        Assert.True((2 * polished[0]) + polished[1] <= 3, $"still {polished[0]} on both days and {polished[1]} Monday to Friday");
    }

    [Fact]
    public void Polish_ClassItDoesNotApplyTo_KeepsItsMembers()
    {
        var classes = StaffClass.Of(Managers);
        var columns = new[] { BothDays, MondayToFriday, OneDay };

        var polished = Rounding(classes).Polish(columns, [3, 0, 0], _ => false);

        Assert.Equal([3, 0, 0], polished);
    }

    /// <summary>No need and no floor: only the turnover and the patterns' own costs (all 0) are priced.</summary>
    private static MasterRounding Rounding(IReadOnlyList<StaffClass> classes) =>
        new(classes, Week, [], [], [.. classes.Select(_ => (int?)null)], Managers.Weights, [.. classes.Select(_ => (double?[]?)null)], WeekendTurnover.Of(Managers, Week, alike: true));

    private static WeekPattern Pattern(params int[] days) =>
        WeekPattern.Of(0, Week, [.. Enumerable.Range(0, 7).Select(d => days.Contains(d) ? 0 : -1)], [.. Enumerable.Repeat(-1, 7)], 0, 0);
}
