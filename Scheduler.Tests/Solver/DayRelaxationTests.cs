using System.Diagnostics;
using Google.OrTools.Sat;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Bounds;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class DayRelaxationTests
{
    private static readonly SolverOptions Proving = new() { Workers = 2, Seed = 1, DeterministicTimeLimit = 20 };

    /// <summary>
    /// The 3133's three managers over four weeks, 9:00–20:00 every day. A day is 11 h and a shift at most 10 h, so two
    /// managers work every day and at most one is off each weekend. Without three weekends in a row, each manager needs an
    /// off weekend among the 2nd and 3rd, or both the 1st and the 4th: only one manager can take each of the 2nd and 3rd, so
    /// the third is off on the 1st and the 4th, and works 4 weekend days against the others' 6 (spread 2, 2 × 20). A run
    /// instead costs 40 too. With a start time in each of the 12 manager-weeks (12 × 3) and a second one each week for a
    /// manager who both opens and closes (see <see cref="Solve_OneWeek_PricesTheSecondStartTime"/>, 4 × 3), no rota costs
    /// less than 88; the relaxation proves more (late shifts cannot be spread evenly either), and never more than a rota
    /// this solver found (111).
    /// </summary>
    [Fact]
    public void Solve_ThreeManagersFourWeeks_ProvesAtLeastTheHandDerivedBound()
    {
        var managers = RoleParts.Split(PlatformScenarios.Synthetic(21, 3, Monday, 4))![0];

        var plan = DayRelaxation.Solve(managers, Run(), 10);

        Assert.NotNull(plan);
        Assert.True(plan.Optimal);
        Assert.InRange(plan.Bound, 88, 111);
    }

    /// <summary>
    /// One week of the three managers, 9:00–20:00: a day of 11 h needs one manager from opening and another until closing
    /// (shifts of at most 10 h), 14 shifts, and five days at most each, so some manager both opens one day and starts later
    /// another: two start times. With a start time each (3 × 3), that second one (3), four weekend days among three (spread 1,
    /// 20) and seven late shifts among three (spread 1, 20), no rota costs less than 52. The relaxation proves more, 58 (with the late
    /// shifts shared, each of the three both opens one day and closes another: 3 × 3), which the full model's rota reaches;
    /// without the second start time it proved 49.
    /// </summary>
    [Fact]
    public void Solve_OneWeek_PricesTheSecondStartTime()
    {
        var managers = RoleParts.Split(PlatformScenarios.Synthetic(21, 3, Monday, 1))![0];
        var solver = new CpSolver { StringParameters = "num_workers:2 random_seed:1 max_deterministic_time:30" };

        var plan = DayRelaxation.Solve(managers, Run(), 10);
        var status = solver.Solve(RotaModel.Build(managers).Model);

        Assert.NotNull(plan);
        Assert.True(plan.Optimal);
        Assert.True(status is CpSolverStatus.Optimal or CpSolverStatus.Feasible);
        Assert.InRange(plan.Bound, 52, solver.ObjectiveValue);
    }

    [Fact]
    public void Solve_ThreeManagersFourWeeks_PlanKeepsTheDayRules()
    {
        var managers = RoleParts.Split(PlatformScenarios.Synthetic(21, 3, Monday, 4))![0];

        var plan = DayRelaxation.Solve(managers, Run(), 10)!;

        for (var d = 0; d < 28; d++)
        {
            Assert.InRange(Enumerable.Range(0, 3).Count(p => plan.Works[p, d]), 2, 3);
            Assert.InRange(Enumerable.Range(0, 3).Count(p => plan.Late[p, d]), 1, 3);
            Assert.InRange(Enumerable.Range(0, 3).Count(p => plan.Works[p, d] && !plan.Late[p, d]), 1, 3);
            Assert.InRange(Enumerable.Range(0, 3).Count(p => plan.Opens[p, d]), 1, 3);
            Assert.All(Enumerable.Range(0, 3), p => Assert.True(!plan.Late[p, d] || plan.Works[p, d]));
            Assert.All(Enumerable.Range(0, 3), p => Assert.True(!plan.Opens[p, d] || (plan.Works[p, d] && !plan.Late[p, d])));
        }

        for (var p = 0; p < 3; p++)
        {
            for (var w = 0; w < 4; w++)
            {
                Assert.InRange(Enumerable.Range(7 * w, 7).Count(d => plan.Works[p, d]), 4, 5);
            }
        }
    }

    /// <summary>
    /// Mornings of 9:00–13:00 (one legal shift a day) over three weeks, without contract hours: the bound never exceeds the
    /// full model's proven optimum.
    /// </summary>
    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    public void Solve_SmallManagersProblem_BoundNeverAboveProvenOptimum(int count, int weeks)
    {
        var staff = Enumerable.Range(1, count).Select(i => Manager($"M{i}")).ToList();
        var opening = Enumerable.Range(0, 7 * weeks).Select(d => new OpeningHours(Monday.PlusDays(d), Time("09:00"), Time("13:00"))).ToList();
        var problem = new RotaProblem(Monday, weeks, staff, opening, [], [], [], [], RuleSettings.Default with { MinTrainedListenersOnDuty = 0, ContractHoursApply = false }, SoftWeights.Default);
        var optimum = ProvenOptimum(problem);
        var plan = DayRelaxation.Solve(problem, Run(), 10);

        Assert.NotNull(plan);
        Assert.InRange(plan.Bound, 1, optimum);
    }

    /// <summary>
    /// Three managers, open on Saturday mornings only for two weeks; fairness counts the week before, when M1 worked its
    /// Saturday. M2 and M3 take the two Saturdays and the three are even (2 × 3 for the start times). The relaxation counts
    /// the carried Saturday as the full model does: from the horizon alone, two Saturdays among three cannot be even, and
    /// its bound was 46.
    /// </summary>
    [Fact]
    public void Solve_WeekendCarriedFromTheWeekBefore_BoundNotAboveTheEvenRota()
    {
        var problem = SaturdaysAfterACarriedOne([]);

        var plan = DayRelaxation.Solve(problem, Run(), 10);

        Assert.NotNull(plan);
        Assert.InRange(plan.Bound, 0, 6);
        Assert.False(plan.Works[0, 5] || plan.Works[0, 12]);
    }

    /// <summary>
    /// Saturday mornings over two weeks, M1 off on the first: M1 is credited the Saturday as the full model credits it (the
    /// one present that worked it, M2 or M3), so the relaxation's bound stays below the full model's proven optimum.
    /// </summary>
    [Fact]
    public void Solve_ManagerAwayInTheHorizon_BoundNeverAboveProvenOptimum()
    {
        var staff = Enumerable.Range(1, 3).Select(i => Manager($"M{i}")).ToList();
        staff[0] = staff[0] with { Absences = [new Absence(Monday.PlusDays(5), Monday.PlusDays(5), AbsenceKind.Leave)] };
        var saturdays = new[] { 5, 12 }.Select(d => new OpeningHours(Monday.PlusDays(d), Time("09:00"), Time("13:00"))).ToList();
        var rules = RuleSettings.Default with { MinTrainedListenersOnDuty = 0, ContractHoursApply = false };
        var problem = new RotaProblem(Monday, 2, staff, saturdays, [], [], [], [], rules, SoftWeights.Default);
        var optimum = ProvenOptimum(problem);
        var plan = DayRelaxation.Solve(problem, Run(), 10);

        Assert.NotNull(plan);
        Assert.InRange(plan.Bound, 1, optimum);
    }

    /// <summary>
    /// The same Saturdays, M1 pinned on the first one after its carried Saturday: M1 has two, so the even rota has M2 and M3
    /// on both Saturdays (five shifts, 5 × 3 for the start times), where it was two shifts without the pin (6). The
    /// relaxation fixes the pinned day (worked, from opening, until closing), so its bound sees the pin's cost and stays
    /// below the full model's proven optimum.
    /// </summary>
    [Fact]
    public void Solve_PinnedAfterACarriedSaturday_BoundSeesTheShiftsItForces()
    {
        var problem = SaturdaysAfterACarriedOne([Shift("M1", 5, "09:00", "13:00")]);
        var optimum = ProvenOptimum(problem);
        var plan = DayRelaxation.Solve(problem, Run(), 10);

        Assert.NotNull(plan);
        Assert.True(plan.Works[0, 5] && plan.Opens[0, 5] && plan.Late[0, 5]);
        Assert.InRange(plan.Bound, 7, optimum);
    }

    [Fact]
    public void Applies_OnlyToManagersWithTheirFloorAndNoNeed()
    {
        var platform = PlatformScenarios.Synthetic(21, 3, Monday, 2);
        var parts = RoleParts.Split(platform)!;

        Assert.True(DayRelaxation.Applies(parts[0]));
        Assert.False(DayRelaxation.Applies(parts[1]));
        Assert.False(DayRelaxation.Applies(platform));
    }

    /// <summary>Three managers, open on Saturday mornings for two weeks; fairness counts the week before, when M1 worked its Saturday.</summary>
    private static RotaProblem SaturdaysAfterACarriedOne(IReadOnlyList<Assignment> pinned)
    {
        var staff = Enumerable.Range(1, 3).Select(i => Manager($"M{i}")).ToList();
        var saturdays = new[] { -2, 5, 12 }.Select(d => new OpeningHours(Monday.PlusDays(d), Time("09:00"), Time("13:00"))).ToList();
        var history = new[] { new Assignment("M1", Monday.PlusDays(-2), Time("09:00"), Time("13:00"), null, null) };
        var rules = RuleSettings.Default with { MinTrainedListenersOnDuty = 0, ContractHoursApply = false };
        return new RotaProblem(Monday, 2, staff, saturdays, [], history, [], pinned, rules, SoftWeights.Default) { FairnessFrom = Monday.PlusDays(-7) };
    }

    /// <summary>The full model's optimum, proven by CP-SAT (the test fails when it is not).</summary>
    private static double ProvenOptimum(RotaProblem problem)
    {
        var solver = new CpSolver { StringParameters = "num_workers:2 random_seed:1 max_deterministic_time:60" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(RotaModel.Build(problem).Model));
        return solver.ObjectiveValue;
    }

    private static CpSatRun Run() => new(Proving, Stopwatch.GetTimestamp(), null, CancellationToken.None);
}
