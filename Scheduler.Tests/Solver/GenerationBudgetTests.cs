using Scheduler.Solver.Rostering.Columns;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>How much of a budget the column generation may take (<see cref="ColumnSearch.GenerationBudget"/>); nothing is solved.</summary>
public sealed class GenerationBudgetTests
{
    [Fact]
    public void GenerationBudget_ShortClockBudget_LeavesTheStepsAfterTheirTimeButKeepsItsLeast()
    {
        // 3 s in all, 1.5 s wanted after the columns: the generation's usual floor (2.5 s) would end the solve late.
        var short3 = ColumnSearch.GenerationBudget(Run(WallClock with { TimeLimit = TimeSpan.FromSeconds(3) }), share: 2, after: 1.5);
        var long30 = ColumnSearch.GenerationBudget(Run(WallClock with { TimeLimit = TimeSpan.FromSeconds(30) }), share: 14, after: 1.5);
        var units = ColumnSearch.GenerationBudget(Run(WallClock with { DeterministicTimeLimit = 3 }), share: 2, after: 0);

        Assert.Equal(1, short3);
        Assert.Equal(14 * 0.7, long30, 6);
        Assert.Equal(2, units);
    }
}
