using Scheduler.Solver.Benchmarks.ShiftScheduling;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Benchmarks;

public sealed class InstanceAdapterTests
{
    /// <summary>One shift type, two employees, one week: 2^14 rosters, few enough to find the optimum by enumeration.</summary>
    private const string Small = """
        SECTION_HORIZON
        7

        SECTION_SHIFTS
        D,480,

        SECTION_STAFF
        a,D=5,2400,960,3,2,2,1
        b,D=4,1920,480,2,2,1,1

        SECTION_DAYS_OFF
        a,3
        b,6

        SECTION_SHIFT_ON_REQUESTS
        a,0,D,2
        b,5,D,3
        a,6,D,1

        SECTION_SHIFT_OFF_REQUESTS
        b,1,D,2
        a,4,D,1

        SECTION_COVER
        0,D,1,100,1
        1,D,2,100,1
        2,D,1,100,1
        3,D,2,100,1
        4,D,1,100,1
        5,D,1,100,1
        6,D,2,100,1
        """;

    private static readonly SolverOptions Options = new() { Workers = 1, Seed = 1, DeterministicTimeLimit = 5 };

    [Fact]
    public void ToProblem_SampleInstance_MapsShiftsLimitsDaysOffRequestsAndCover()
    {
        var instance = ShiftSchedulingSamples.Load();

        var problem = InstanceAdapter.ToProblem(instance);

        Assert.Equal(1, problem.Weeks);
        Assert.Equal(["E", "L"], problem.Shifts.Select(s => s.Id));
        Assert.Equal(2, problem.Shifts.Select(s => (s.Start, s.End)).Distinct().Count());
        var a = problem.Staff.Single(s => s.Id == "a");
        Assert.Equal((3, 2, 2, 1, 960, 3000), (a.Limits.MaxConsecutiveWorkDays, a.Limits.MinConsecutiveWorkDays, a.Limits.MinConsecutiveDaysOff, a.Limits.MaxWeekends, a.Limits.MinWorkedMinutes, a.Limits.MaxWorkedMinutes));
        Assert.False(a.IsAvailableOn(InstanceAdapter.FirstMonday.PlusDays(6)));
        Assert.Contains(a.Preferences, p => p.Kind == PreferenceKind.AvoidShift && p.ShiftId == "E" && p.Weight == 3);
        Assert.Equal(["E"], problem.Rules.ForbiddenSuccessions["L"]);
        Assert.Equal(instance.Cover.Count, problem.ShiftCover.Count);
    }

    [Fact]
    public void Run_SampleInstance_EngineObjectiveEqualsTheEvaluatorsAndBeatsAKnownRoster()
    {
        var instance = ShiftSchedulingSamples.Load();

        var result = InstanceSolve.Run(instance, Options);

        Assert.Equal(SolveStatus.Optimal, result.Solution.Status);
        Assert.False(result.Disagrees);
        Assert.True(result.Evaluation!.IsFeasible);
        Assert.Equal(result.Evaluation.Objective, result.Solution.Objective);
        Assert.True(result.Evaluation.Objective <= ShiftSchedulingEvaluator.Evaluate(instance, ShiftSchedulingSamples.Feasible()).Objective);
    }

    [Fact]
    public void Run_SmallInstance_OptimumEqualsTheBestRosterFoundByEnumeration()
    {
        var instance = InstanceLoader.Parse(Small, "small");
        var best = int.MaxValue;
        for (var mask = 0; mask < 1 << 14; mask++)
        {
            var roster = Enumerable.Range(0, 14).Where(bit => (mask & (1 << bit)) != 0)
                .Select(bit => new ShiftAssignment(bit < 7 ? "a" : "b", bit % 7, "D")).ToList();
            var evaluation = ShiftSchedulingEvaluator.Evaluate(instance, roster);
            if (evaluation.IsFeasible)
            {
                best = Math.Min(best, evaluation.Objective);
            }
        }

        var result = InstanceSolve.Run(instance, Options);

        Assert.Equal(SolveStatus.Optimal, result.Solution.Status);
        Assert.Equal(best, result.Solution.Objective);
        Assert.Equal(best, result.Evaluation!.Objective);
    }

    [Fact]
    public void ToAssignments_ShiftOfTheCatalogue_ReadsBackItsTypeAndDay()
    {
        var problem = InstanceAdapter.ToProblem(ShiftSchedulingSamples.Load());
        var late = problem.Shifts.Single(s => s.Id == "L");

        var rows = InstanceAdapter.ToAssignments(problem, [new Assignment("b", InstanceAdapter.FirstMonday.PlusDays(3), late.Start, late.End)]);

        Assert.Equal(new ShiftAssignment("b", 3, "L"), Assert.Single(rows));
    }
}
