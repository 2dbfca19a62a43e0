using Scheduler.Solver.Rostering;
using Scheduler.Tests.Api;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>
/// The column path under short budgets, in deterministic units and by the clock: it still plans the need, and the same
/// units give the same rota. They solve, so they take turns with the other tests that do (<see cref="Solving"/>).
/// </summary>
[Collection(Solving.Name)]
public sealed class ColumnSearchBudgetTests
{
    [Fact]
    public void Solve_DeterministicUnits_ColumnsGiveTheSameRotaTwice()
    {
        // In deterministic units the columns plan too (their LP, pricing and SCIP's choice counted in units, SCIP stopped by
        // nodes), with two workers: the same problem, seed and worker count give the same rota however loaded the machine.
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 2);
        var options = Options with { DeterministicTimeLimit = 8, Workers = 2 };
        var reports = new List<SolveProgress>();

        var first = Validated(problem, RotaSolver.Solve(problem, options, new ProgressRecorder(reports)));
        var second = RotaSolver.Solve(problem, options);

        Assert.Contains(reports, r => r.Phase == "columns");
        Assert.Contains(first.BoundSource, ColumnSearchTests.ColumnSources);
        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.Objective, second.Objective);
        Assert.Equal(first.BestBound, second.BestBound);
    }

    /// <summary>
    /// The 3133 (the staffing engine's default need) over 4 weeks and over one week in a few units. The seed gets its least
    /// budget (it stops at its first rota): on its share alone (0.19 units) it found nothing and there was no rota at all.
    /// The generation gets its least units, and SCIP, with too few, leaves the choice to the LP's rounding: with SCIP's 5–9
    /// nodes on the generation's share of 3 or 4 units the 4 weeks were 68 and 44 half-hours short. One week was the search's
    /// alone under 10 units, and 75 half-hours short in 3.
    /// </summary>
    [Theory]
    [InlineData(4, 2)]
    [InlineData(4, 3)]
    [InlineData(4, 4)]
    [InlineData(1, 3)]
    public void Solve_ShortBudget_TheColumnsStillPlanTheNeed(int weeks, double units)
    {
        var problem = Scheduler.Api.Cli.SolveCommand.Scenario(Monday, weeks);

        var solution = Validated(problem, RotaSolver.Solve(problem, Options with { DeterministicTimeLimit = units, Workers = 2 }));

        Assert.Equal(SolveStatus.Feasible, solution.Status);
        Assert.Contains(solution.BoundSource, ColumnSearchTests.ColumnSources);
        Assert.Equal(0, solution.Terms[SoftTermNames.UnderCoverage]);
    }

    [Fact]
    public void Solve_WeekAfterAPlannedFortnight_HasARotaInTwoUnits()
    {
        // The week after two planned ones: the layout dealt a single week's patterns to members without their history
        // (its assignment runs only over several weeks), gave people a seventh working day in a row, and 2 units ended
        // without a rota. The patterns now go to members whose last days they fit.
        var fortnight = Scheduler.Api.Cli.SolveCommand.Scenario(Monday, 2);
        var before = Validated(fortnight, RotaSolver.Solve(fortnight, Options with { DeterministicTimeLimit = 3, Workers = 2 }));
        var problem = Scheduler.Api.Cli.SolveCommand.Scenario(Monday.PlusWeeks(2), 1) with { History = before.Assignments };

        var solution = Validated(problem, RotaSolver.Solve(problem, Options with { DeterministicTimeLimit = 2, Workers = 2 }));

        Assert.Equal(SolveStatus.Feasible, solution.Status);
        Assert.Equal(problem.Staff.Count, solution.Assignments.Select(a => a.StaffId).Distinct().Count());
    }

    [Fact]
    public void Solve_ShortWallClockBudget_StillGivesALegalRota()
    {
        // By the clock, 3 s for the 3133 over 4 weeks ended without a rota (the seed's 0.29 s found none); the quick week,
        // the models and one evaluation take it past the limit (4.4 s on a quiet machine), but a legal rota is there.
        var problem = Scheduler.Api.Cli.SolveCommand.Scenario(Monday, 4);

        var solution = Validated(problem, RotaSolver.Solve(problem, WallClock with { TimeLimit = TimeSpan.FromSeconds(3) }));

        Assert.Equal(SolveStatus.Feasible, solution.Status);
        Assert.NotEmpty(solution.Assignments);
    }
}
