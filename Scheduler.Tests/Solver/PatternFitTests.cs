using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Columns;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>What a week's pattern costs the repair of a pin the columns planned without (<see cref="PatternFit"/>).</summary>
public sealed class PatternFitTests
{
    /// <summary>Open 9:00–14:00 all week; B pinned on the first Wednesday 10:00–14:00.</summary>
    private static readonly RotaProblem Problem = new(
        Monday, 2, [Listener("A"), Listener("B")], Open("09:00", "14:00", [.. Enumerable.Range(0, 14)]), [], [], [], [Shift("B", 2, "10:00", "14:00")],
        RuleSettings.Default with { ContractHoursApply = false }, SoftWeights.Default);

    [Fact]
    public void Cost_ThePinnedShift_IsFree()
    {
        var (fit, grid) = Fit();

        Assert.Equal(0, fit.Cost(1, 0, Pattern(grid, 0, "10:00", "14:00", 0, 2)));
    }

    [Fact]
    public void Cost_AnotherShiftOfTheSameLength_LessThanMoreHours_LessThanTheDayOff()
    {
        var (fit, grid) = Fit();

        var moved = fit.Cost(1, 0, Pattern(grid, 0, "09:00", "13:00", 0, 2));
        var longer = fit.Cost(1, 0, Pattern(grid, 0, "09:00", "14:00", 0, 2));
        var off = fit.Cost(1, 0, Pattern(grid, 0, "10:00", "14:00", 0, 1));

        Assert.InRange(moved, 1, longer - 1);
        Assert.True(off > longer, $"off {off}, longer {longer}");
    }

    [Fact]
    public void Cost_OtherPersonOrWeek_IsFree()
    {
        var (fit, grid) = Fit();

        Assert.Equal(0, fit.Cost(0, 0, Pattern(grid, 0, "10:00", "14:00", 0, 1)));
        Assert.Equal(0, fit.Cost(1, 1, Pattern(grid, 1, "10:00", "14:00", 0, 1)));
        Assert.True(fit.Pins(1));
        Assert.False(fit.Pins(0));
    }

    private static (PatternFit Fit, RotaGrid Grid) Fit()
    {
        var grid = RotaGrid.Build(Problem);
        return (new PatternFit(Problem, grid, Problem.Pinned), grid);
    }

    /// <summary>The same shift on the given days of week <paramref name="w"/>.</summary>
    private static WeekPattern Pattern(RotaGrid grid, int w, string start, string end, params int[] days)
    {
        var week = grid.Week(w).ToList();
        var templates = Enumerable.Range(0, 7).Select(d => days.Contains(d) ? grid.Find(week[d].Index, Time(start), Time(end))!.Index : -1).ToArray();
        return WeekPattern.Of(0, week, templates, [.. Enumerable.Repeat(-1, 7)], grid.BreakOffSlots, 3);
    }
}
