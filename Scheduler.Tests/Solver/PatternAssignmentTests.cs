using System.Diagnostics;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Columns;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>Laying a class's week patterns on its members when their histories differ (<see cref="HistoryBoundary"/>).</summary>
public sealed class PatternAssignmentTests
{
    /// <summary>
    /// Two alike listeners over two weeks of 4-hour mornings. Each week has a Monday–Friday pattern and a Wednesday–Sunday
    /// one. A worked the six days before the horizon, so the Monday–Friday week would make seven in a row: A must start
    /// with Wednesday–Sunday even though the hint gives it Monday–Friday (without the history, the first week's order is
    /// fixed as the hint has it, the members being alike).
    /// </summary>
    [Fact]
    public void Assign_SixDaysWorkedBefore_FirstWeekStartsAfterAFreeMonday()
    {
        var problem = TwoWeeks() with { History = [.. Enumerable.Range(1, 6).Select(b => new Assignment("A", Monday.PlusDays(-b), Time("09:00"), Time("13:00"), null, null))] };
        var grid = RotaGrid.Build(problem);
        var (weekdays, late) = (Pattern(grid, 0, 0, 1, 2, 3, 4), Pattern(grid, 0, 2, 3, 4, 5, 6));
        var (weekdays2, late2) = (Pattern(grid, 1, 0, 1, 2, 3, 4), Pattern(grid, 1, 2, 3, 4, 5, 6));

        var taken = PatternAssignment.Assign(problem, grid, [0, 1], [[weekdays, late], [weekdays2, late2]], new[,] { { 0, 0 }, { 1, 1 } }, Run(), 5);

        Assert.NotNull(taken);
        Assert.Equal(1, taken[0, 0]);
        Assert.Equal(0, taken[1, 0]);
    }

    /// <summary>
    /// Each week has a Monday–Friday pattern and a Tuesday–Saturday one (one weekend day). Fairness counts from two weeks
    /// before, when A worked a Saturday and a Sunday: B takes the Saturday pattern in both weeks, so each has two weekend
    /// days. Laid without A's carried days (the first week's order fixed as the hint has it), A would take one of them.
    /// </summary>
    [Fact]
    public void Assign_WeekendCarried_TheOtherTakesBothSaturdays()
    {
        var problem = TwoWeeks() with
        {
            History = [.. new[] { -9, -8 }.Select(d => new Assignment("A", Monday.PlusDays(d), Time("09:00"), Time("13:00"), null, null))],
            FairnessFrom = Monday.PlusDays(-14),
        };
        var grid = RotaGrid.Build(problem);
        var weeks = new[] { 0, 1 }.Select(w => (IReadOnlyList<WeekPattern>)[Pattern(grid, w, 0, 1, 2, 3, 4), Pattern(grid, w, 1, 2, 3, 4, 5)]).ToList();

        var taken = PatternAssignment.Assign(problem, grid, [0, 1], weeks, new[,] { { 1, 0 }, { 0, 1 } }, Run(), 5);

        Assert.NotNull(taken);
        Assert.Equal([0, 0], new[] { taken[0, 0], taken[0, 1] });
        Assert.Equal([1, 1], new[] { taken[1, 0], taken[1, 1] });
    }

    /// <summary>
    /// A and B alike, each week a Monday–Friday pattern and a Tuesday–Saturday one, and B pinned on the first Saturday (the
    /// columns planned without the pin). The hint gives A that Saturday; B takes it, and A the second one. Laid as alike
    /// members, the first week's order would be fixed as the hint has it, and the repair would have to undo it.
    /// </summary>
    [Fact]
    public void Assign_PinnedSaturday_PinnedMemberTakesThePatternThatWorksIt()
    {
        var problem = TwoWeeks();
        var grid = RotaGrid.Build(problem);
        var weeks = new[] { 0, 1 }.Select(w => (IReadOnlyList<WeekPattern>)[Pattern(grid, w, 0, 1, 2, 3, 4), Pattern(grid, w, 1, 2, 3, 4, 5)]).ToList();

        var taken = PatternAssignment.Assign(problem, grid, [0, 1], weeks, new[,] { { 1, 0 }, { 0, 1 } }, Run(), 5, [Shift("B", 5, "09:00", "13:00")]);

        Assert.NotNull(taken);
        Assert.Equal([1, 0], new[] { taken[1, 0], taken[1, 1] });
        Assert.Equal([0, 1], new[] { taken[0, 0], taken[0, 1] });
    }

    private static RotaProblem TwoWeeks()
    {
        var rules = RuleSettings.Default with { ContractHoursApply = false, MinTrainedListenersOnDuty = 0, MinManagersOnDuty = 0 };
        var days = Enumerable.Range(-14, 28).ToArray();
        return new RotaProblem(Monday, 2, [Listener("A"), Listener("B")], Open("09:00", "13:00", days), [], [], [], [], rules, SoftWeights.Default with { ConsecutiveWeekends = 0 });
    }

    /// <summary>09:00–13:00 on the given days of week <paramref name="w"/>.</summary>
    private static WeekPattern Pattern(RotaGrid grid, int w, params int[] days)
    {
        var week = grid.Week(w).ToList();
        var templates = Enumerable.Range(0, 7).Select(d => days.Contains(d) ? grid.Find(week[d].Index, Time("09:00"), Time("13:00"))!.Index : -1).ToArray();
        return WeekPattern.Of(0, week, templates, [.. Enumerable.Repeat(-1, 7)], grid.BreakOffSlots, 3);
    }

    private static CpSatRun Run() => new(Options with { DeterministicTimeLimit = null, TimeLimit = TimeSpan.FromSeconds(10) }, Stopwatch.GetTimestamp(), null, CancellationToken.None);
}
