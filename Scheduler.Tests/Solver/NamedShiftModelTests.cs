using NodaTime;
using Scheduler.Solver.Benchmarks.ShiftScheduling;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>The grid and model of a problem with a named shift catalogue: exactly those shifts, and nothing a rule switched off.</summary>
public sealed class NamedShiftModelTests
{
    [Fact]
    public void Build_NamedCatalogue_EachDayHasExactlyTheDefinitions()
    {
        var grid = RotaGrid.Build(Problem([Person("A")]));

        Assert.All(grid.Days, d => Assert.Equal(["E", "L"], d.Templates.Select(t => t.DefinitionId)));
        Assert.Equal(8 * 60, grid.Days[0].Named("L")!.PaidMinutes);
    }

    [Fact]
    public void Build_ShiftOutsideOpeningHours_NotProposed()
    {
        var problem = Problem([Person("A")]) with
        {
            Opening = [.. Enumerable.Range(0, 7).Select(d => new OpeningHours(Monday.PlusDays(d), new LocalTime(6, 0), new LocalTime(16, 0)))],
        };

        var grid = RotaGrid.Build(problem);

        Assert.All(grid.Days, d => Assert.Equal(["E"], d.Templates.Select(t => t.DefinitionId)));
    }

    [Fact]
    public void Build_TwoDefinitionsWithTheSameTimes_Rejected()
    {
        var problem = Problem([Person("A")]) with { Shifts = [Early, Early with { Id = "E2" }] };

        Assert.Throws<ArgumentException>(() => RotaGrid.Build(problem));
    }

    [Theory]
    [InlineData(52, true)]
    [InlineData(53, false)]
    public void Build_LongHorizon_AcceptedUpToAYear(int weeks, bool accepted)
    {
        var problem = Problem([Person("A")], weeks);

        var build = Record.Exception(() => RotaGrid.Build(problem));

        Assert.Equal(accepted, build is null);
    }

    [Fact]
    public void Build_BenchmarkSettings_OnlyShiftAndWorkVariablesAndTwoRowsPerPersonDay()
    {
        // The adapter's settings switch every French-law and floor rule off: the model must then hold the shift bools, one
        // "works" count per person-day with its defining row, and the at-most-one row, nothing else (no running counts).
        var instance = InstanceLoader.Parse("SECTION_HORIZON\n7\n\nSECTION_SHIFTS\nD,480,\nN,600,\n\nSECTION_STAFF\na,D=7|N=7,9999,0,7,1,1,2\nb,D=7|N=7,9999,0,7,1,1,2\n\nSECTION_DAYS_OFF\na,0\nb,1\n", "bare");
        var problem = InstanceAdapter.ToProblem(instance) with { Staff = [.. InstanceAdapter.ToProblem(instance).Staff.Select(s => s with { Absences = [] })] };

        var model = RotaModel.Build(problem);

        var personDays = 2 * 7;
        Assert.Equal(personDays * 3, model.Model.Model.Variables.Count);
        Assert.Equal(personDays * 2, model.Model.Model.Constraints.Count);
    }

    [Fact]
    public void StrategyFor_AutoWithWorkLimits_SolvesTheWholeHorizon()
    {
        var problem = Problem([Person("A", new WorkLimits { MaxWeekends = 1 })], weeks: 3);

        Assert.Equal(SolveStrategy.Monolithic, RotaSolver.StrategyFor(problem, SolverOptions.Default));
        Assert.Equal(SolveStrategy.WeekByWeek, RotaSolver.StrategyFor(problem with { Staff = [Person("A")] }, SolverOptions.Default));
    }
}
