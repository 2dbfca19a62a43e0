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

    /// <summary>What a choice of whole members costs in spreads: each count's, what was carried included.</summary>
    [Fact]
    public void MemberSpreads_EachCountsSpread()
    {
        var (rows, columns) = SaturdayOrNot(SaturdayWorkedTheWeekBefore());

        var byA = Spreads(rows, columns, [1, 0, 0, 1]).Cost();
        var byB = Spreads(rows, columns, [0, 1, 1, 0]).Cost();

        Assert.Equal(60, byA);
        Assert.Equal(20, byB);
    }

    /// <summary>
    /// Nothing carried, so A and B are one class, whose average the rows keep between the highest and the lowest: one
    /// member on Saturday and one off average half a weekend day and half a late shift, no spread to the rows. Member by
    /// member it is a weekend day and a late shift (40); both on Saturday, none.
    /// </summary>
    [Fact]
    public void MemberSpreads_ClassOfTwoOnDifferentWeeks_CountsEachMember()
    {
        var (rows, columns) = SaturdayOrNot(SaturdayWorkedTheWeekBefore() with { FairnessFrom = null, History = [] });

        Assert.Equal(2, columns.Length);
        Assert.Equal(40, Spreads(rows, columns, [1, 1]).Cost());
        Assert.Equal(0, Spreads(rows, columns, [2, 0]).Cost());
        Assert.Equal(0, Spreads(rows, columns, [0, 0]).Cost());
    }

    /// <summary>What one more member changes, as the rounding reads it, is the cost after less the cost before, at every step.</summary>
    [Fact]
    public void MemberSpreads_Delta_IsTheCostsDifference()
    {
        var (rows, columns) = SaturdayOrNot(SaturdayWorkedTheWeekBefore());
        var spreads = new MemberSpreads(rows.MemberCounts(columns), rows.Weight);
        var random = new Random(7);

        for (var step = 0; step < 40; step++)
        {
            var j = random.Next(columns.Length);
            var before = spreads.Cost();
            var delta = spreads.Delta(j);
            spreads.Apply(j, 1);
            Assert.Equal(spreads.Cost() - before, delta, 9);
        }
    }

    /// <summary>Per class of the problem, its week with Saturday 9:00–13:00 and its week off.</summary>
    private static (FairnessRows Rows, WeekPattern[] Columns) SaturdayOrNot(RotaProblem problem)
    {
        var grid = RotaGrid.Build(problem);
        var week = grid.Week(0).ToList();
        var classes = FairnessRows.Classes(problem, grid);
        var saturday = grid.Find(week[5].Index, Time("09:00"), Time("13:00"))!;
        WeekPattern Week(int c, bool works) => WeekPattern.Of(
            c, week, [.. Enumerable.Range(0, 7).Select(d => works && d == 5 ? saturday.Index : -1)], [.. Enumerable.Repeat(-1, 7)], grid.BreakOffSlots, 0);
        return (new FairnessRows(problem, classes, week), [.. Enumerable.Range(0, classes.Count).SelectMany(c => new[] { Week(c, true), Week(c, false) })]);
    }

    private static MemberSpreads Spreads(FairnessRows rows, WeekPattern[] columns, int[] counts)
    {
        var spreads = new MemberSpreads(rows.MemberCounts(columns), rows.Weight);
        for (var j = 0; j < columns.Length; j++)
        {
            spreads.Apply(j, counts[j]);
        }

        return spreads;
    }
}
