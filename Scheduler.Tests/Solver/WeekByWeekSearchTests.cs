using System.Diagnostics;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class WeekByWeekSearchTests
{
    private static readonly SolverOptions WeekByWeek = Options with { Strategy = SolveStrategy.WeekByWeek, DeterministicTimeLimit = 3 };

    [Fact]
    public void Solve_TwoWeeksOfA3133LikePlatform_RotaPassesTheValidatorAndContractsAddUp()
    {
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 2);

        var solution = Validated(problem, RotaSolver.Solve(problem, WeekByWeek));

        AssertSolved(solution);
        foreach (var person in problem.Staff.Where(s => s.Contract.IsFullTime))
        {
            var paid = solution.Assignments.Where(a => a.StaffId == person.Id).Sum(a => a.PaidTime.TotalMinutes);
            Assert.Equal(2 * person.Contract.WeeklyMinutes, paid);
        }

        Assert.Equal(solution.Objective, solution.Terms.Values.Sum());
    }

    [Fact]
    public void Solve_WeeksSummedWithoutTheWholeModel_ObjectiveAndTermsEqualTheWholeHorizonEvaluation()
    {
        // Large platforms never build the whole-horizon model: their objective is the weeks' terms put together. The whole
        // model, built here only to check, must charge exactly the same for that rota, fairness across both weeks included.
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 2);
        var run = new CpSatRun(WeekByWeek, Stopwatch.GetTimestamp(), null, CancellationToken.None);

        var (solution, _) = WeekByWeekSearch.Solve(problem, WeekByWeek, run, wholeFits: false);

        Assert.NotNull(solution);
        Validated(problem, solution);
        var whole = RotaCompletion.Complete(RotaModel.Build(problem), solution.Assignments, run, 10);
        Assert.NotNull(whole);
        Assert.Equal(whole.Objective, solution.Objective);
        Assert.Equal(whole.Terms.OrderBy(t => t.Key), solution.Terms.OrderBy(t => t.Key));
        Assert.Contains(SoftTermNames.FairWeekends, solution.Terms.Keys);
    }

    [Fact]
    public void Solve_WeekByWeekTwiceWithTheSameSeed_SameRota()
    {
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 2);

        var first = RotaSolver.Solve(problem, WeekByWeek);
        var second = RotaSolver.Solve(problem, WeekByWeek);

        AssertSolved(first);
        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.Objective, second.Objective);
    }

    [Theory]
    [InlineData(SolveStrategy.Auto, 1, true, SolveStrategy.Monolithic)]
    [InlineData(SolveStrategy.Auto, 4, true, SolveStrategy.WeekByWeek)]
    [InlineData(SolveStrategy.Auto, 4, false, SolveStrategy.Monolithic)]
    [InlineData(SolveStrategy.WeekByWeek, 1, true, SolveStrategy.Monolithic)]
    [InlineData(SolveStrategy.WeekByWeek, 2, false, SolveStrategy.WeekByWeek)]
    [InlineData(SolveStrategy.Monolithic, 4, true, SolveStrategy.Monolithic)]
    [InlineData(SolveStrategy.Auto, 1, true, SolveStrategy.WeekByWeek, 42, 6)]
    [InlineData(SolveStrategy.Auto, 1, true, SolveStrategy.Monolithic, 45, 3)]
    public void StrategyFor_HorizonAndOptions_ChosenStrategy(SolveStrategy asked, int weeks, bool weekByWeekSeed, SolveStrategy expected, int listeners = 7, int managers = 3)
    {
        // 42 listeners and 6 managers make two teams like the 3133: even one week is then planned team by team. With 3
        // managers a second team could not keep a manager on the floor, so 48 people stay one model.
        var problem = PlatformScenarios.Synthetic(listeners, managers, Monday, weeks);

        var chosen = RotaSolver.StrategyFor(problem, new SolverOptions { Strategy = asked, WeekByWeekSeed = weekByWeekSeed });

        Assert.Equal(expected, chosen);
    }
}
