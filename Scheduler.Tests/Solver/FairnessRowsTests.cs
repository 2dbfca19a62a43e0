using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Columns;
using Scheduler.Tests.Api;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

[Collection(Solving.Name)]
public sealed class FairnessRowsTests
{
    private static readonly RuleSettings SaturdayRules =
        RuleSettings.Default with { ContractHoursApply = false, MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 1 };

    /// <summary>
    /// Fairness counts the week before, whose Saturday A worked 9:00–12:00 (not to its 13:00 closing); the week planned is
    /// open on Saturday 9:00–13:00, one listener needed. B working it evens the weekend days and leaves one late shift of
    /// spread (20); A working it leaves two weekend days and a late shift (60). The optimum is B's Saturday: 3 for its start
    /// time and 20. What was carried alone leaves no spread the week cannot close (a Saturday evens a weekend day).
    /// </summary>
    private static RotaProblem SaturdayWorkedTheWeekBefore()
    {
        var before = Monday.PlusDays(-2);
        var opening = new[] { new OpeningHours(before, Time("09:00"), Time("13:00")) }.Concat(Open("09:00", "13:00", 5)).ToList();
        var history = new[] { new Assignment("A", before, Time("09:00"), Time("12:00"), null, null) };
        var problem = new RotaProblem(Monday, 1, [Listener("A"), Listener("B")], opening, [], history, [], [], SaturdayRules, SoftWeights.Default with { OverCoverage = 10 })
        {
            FairnessFrom = Monday.PlusDays(-7),
        };
        return problem with { Demand = [.. Enumerable.Range(0, 8).Select(i => new DemandSlot(Monday.PlusDays(5), Time("09:00").PlusMinutes(30L * i), "phone", 1))] };
    }

    [Fact]
    public void Classes_CarriedCountsDiffer_OneClassEach()
    {
        var problem = SaturdayWorkedTheWeekBefore();

        var classes = FairnessRows.Classes(problem, RotaGrid.Build(problem));

        Assert.Equal([[0], [1]], classes.Select(c => c.Members.ToArray()));
    }

    [Fact]
    public void Classes_NothingCarried_AlikeStayTogether()
    {
        var problem = SaturdayWorkedTheWeekBefore() with { FairnessFrom = null };

        Assert.Equal([0, 1], Assert.Single(FairnessRows.Classes(problem, RotaGrid.Build(problem))).Members);
    }

    /// <summary>Over two weeks the horizon's spread is not the sum of its weeks': the master prices no fairness and splits nothing.</summary>
    [Fact]
    public void Applies_SeveralWeeks_No()
    {
        var problem = SaturdayWorkedTheWeekBefore() with { Weeks = 2 };
        var grid = RotaGrid.Build(problem);

        Assert.False(FairnessRows.Applies(problem, grid));
        Assert.Single(FairnessRows.Classes(problem, grid));
        Assert.True(FairnessRows.Applies(SaturdayWorkedTheWeekBefore(), RotaGrid.Build(SaturdayWorkedTheWeekBefore())));
    }

    /// <summary>
    /// The column bound now prices the week's fairness: before, it saw only the start time (3), since what was carried
    /// leaves no unavoidable spread; the LP's spreads make it the proven optimum, 23.
    /// </summary>
    [Fact]
    public void ColumnBound_WeekAfterHistory_PricesTheWeeksSpreads()
    {
        var problem = SaturdayWorkedTheWeekBefore();

        var solution = Solve(problem);
        var columns = ColumnBound.Compute(problem, Run(WallClock), 4, solution.Assignments);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(23, solution.Objective);
        Assert.Equal("B", Assert.Single(solution.Assignments).StaffId);
        Assert.NotNull(columns);
        Assert.Equal(23, columns.Value);
        Assert.Equal(23, columns.ListenerValue);
    }

    /// <summary>What the rows charge a choice: the spread of each count over the group, what was carried included.</summary>
    [Fact]
    public void Cost_EachCountsSpread()
    {
        var problem = SaturdayWorkedTheWeekBefore();
        var grid = RotaGrid.Build(problem);
        var week = grid.Week(0).ToList();
        var classes = FairnessRows.Classes(problem, grid);
        var rows = new FairnessRows(problem, classes, week);
        var saturday = grid.Find(week[5].Index, Time("09:00"), Time("13:00"))!;
        WeekPattern Week(int c, bool works) => WeekPattern.Of(
            c, week, [.. Enumerable.Range(0, 7).Select(d => works && d == 5 ? saturday.Index : -1)], [.. Enumerable.Repeat(-1, 7)], grid.BreakOffSlots, 0);
        var columns = new[] { Week(0, true), Week(0, false), Week(1, true), Week(1, false) };

        var byA = rows.Cost(columns, [1, 0, 0, 1]);
        var byB = rows.Cost(columns, [0, 1, 1, 0]);

        Assert.Equal(60, byA);
        Assert.Equal(20, byB);
    }
}
