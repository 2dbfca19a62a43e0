using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Bounds;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class PooledBoundTests
{
    /// <summary>
    /// Open Monday–Friday 9:00–13:00, so the only legal shift is 9:00–13:00 (4 h is the shortest). Three listeners and a
    /// manager, four listeners needed in every half-hour: at best everyone works every day, one listener is missing in each
    /// of the 40 half-hours (40 × 100) and each of the four people has one start time (4 × 3). Nothing else costs anything
    /// (every shift ends at closing, so late shifts are even; no weekend, holiday, preference or reference rota).
    /// </summary>
    private static RotaProblem ShortMornings()
    {
        var staff = new[] { Listener("A"), Listener("B"), Listener("C"), Manager("M") };
        var rules = RuleSettings.Default with { ContractHoursApply = false };
        var problem = new RotaProblem(Monday, 1, staff, Open("09:00", "13:00", 0, 1, 2, 3, 4), [], [], [], [], rules, SoftWeights.Default);
        return problem with { Demand = Need(problem, _ => 4) };
    }

    [Fact]
    public void Compute_ShortMornings_EqualsKnownOptimum()
    {
        var bound = PooledBound.Compute(ShortMornings(), Options, Run(Options), 2);

        Assert.NotNull(bound);
        Assert.Equal(4012, bound.Value);
    }

    [Fact]
    public void Solve_ShortMornings_ProvenOptimalByPooledBoundOrCpSat()
    {
        var solution = Solve(ShortMornings());

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(4012, solution.Objective);
        Assert.Equal(4012, solution.BestBound);
        Assert.Equal(0, solution.Gap);
    }

    [Fact]
    public void Hint_ShortMornings_EveryoneEveryOpenDay()
    {
        // The pooled LP puts all three listeners and the manager on the only shift each open day: 4 × 5 shifts to deal.
        var model = RotaModel.Build(ShortMornings());

        var hinted = PooledGuide.Hint(model);

        Assert.Equal(20, hinted);
        Assert.Equal(20, model.Model.Model.SolutionHint.Values.Count(v => v == 1));
    }

    /// <summary>
    /// Only Saturday 9:00–13:00 open, three listeners, one needed and one required on the floor, over-coverage at 10: one
    /// listener works (a second would cost 8 × 10), so weekend days and late shifts are uneven in the group of three:
    /// 20 + 20 for fairness and 3 for the one start time, 43 in all.
    /// </summary>
    [Fact]
    public void Compute_OneSaturdayThreeListeners_IncludesUnevenFairness()
    {
        var rules = RuleSettings.Default with { ContractHoursApply = false, MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 1 };
        var problem = new RotaProblem(Monday, 1, [Listener("A"), Listener("B"), Listener("C")], Open("09:00", "13:00", 5), [], [], [], [], rules, SoftWeights.Default with { OverCoverage = 10 });
        problem = problem with { Demand = Need(problem, _ => 1) };

        var bound = PooledBound.Compute(problem, Options, Run(Options), 2);
        var solution = Solve(problem);

        Assert.NotNull(bound);
        Assert.Equal(43, bound.Value);
        Assert.Equal(43, solution.Objective);
    }

    /// <summary>
    /// The same Saturday, with fairness counting the week before (<see cref="RotaProblem.FairnessFrom"/>), when A and B
    /// worked its Saturday morning: C works this one and the three are even (3, the one start time). The week alone cannot
    /// be even, so a bound that prices its spread from the week alone (43) would be above this rota.
    /// </summary>
    [Fact]
    public void Compute_OneSaturdayCarriedFromTheWeekBefore_NeverAboveTheEvenRota()
    {
        var rules = RuleSettings.Default with { ContractHoursApply = false, MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 1 };
        var lastSaturday = Monday.PlusDays(-2);
        var opening = new[] { new OpeningHours(lastSaturday, Time("09:00"), Time("13:00")) }.Concat(Open("09:00", "13:00", 5)).ToList();
        var history = new[] { "A", "B" }.Select(id => new Assignment(id, lastSaturday, Time("09:00"), Time("13:00"), null, null)).ToList();
        var problem = new RotaProblem(Monday, 1, [Listener("A"), Listener("B"), Listener("C")], opening, [], history, [], [], rules, SoftWeights.Default with { OverCoverage = 10 })
        {
            FairnessFrom = Monday.PlusDays(-7),
        };
        problem = problem with { Demand = Need(problem, _ => 1) };

        var bound = PooledBound.Compute(problem, Options, Run(Options), 2);
        var solution = Solve(problem);

        Assert.NotNull(bound);
        Assert.InRange(bound.Value, 0, 3);
        Assert.Equal(3, solution.Objective);
        Assert.Equal("C", Assert.Single(solution.Assignments).StaffId);
    }

    /// <summary>
    /// Saturday and Sunday mornings, three listeners, C off on Saturday: A and B take a day each and C is credited its
    /// Saturday (half of A and B, rounded to one), so all three count one (6, the two start times). Two days worked among
    /// three is uneven, and a bound that priced that (46) would be above this rota.
    /// </summary>
    [Fact]
    public void Compute_AwayOnSaturday_NeverAboveTheEvenRota()
    {
        var rules = RuleSettings.Default with { ContractHoursApply = false, MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 1 };
        var away = Listener("C") with { Absences = [new Absence(Monday.PlusDays(5), Monday.PlusDays(5), AbsenceKind.Leave)] };
        var problem = new RotaProblem(Monday, 1, [Listener("A"), Listener("B"), away], Open("09:00", "13:00", 5, 6), [], [], [], [], rules, SoftWeights.Default with { OverCoverage = 10 });
        problem = problem with { Demand = Need(problem, _ => 1) };

        var bound = PooledBound.Compute(problem, Options, Run(Options), 2);
        var solution = Solve(problem);

        Assert.NotNull(bound);
        Assert.Equal(6, solution.Objective);
        Assert.InRange(bound.Value, 0, 6);
    }

    public static TheoryData<int> SmallCases => [0, 1, 2, 3];

    /// <summary>Small weeks the full model solves to proven optimality: the pooled bound never exceeds that optimum.</summary>
    [Theory]
    [MemberData(nameof(SmallCases))]
    public void Compute_SmallWeek_NeverAboveProvenOptimum(int variant)
    {
        var problem = SmallWeek(variant);
        var model = RotaModel.Build(problem);
        var solver = new CpSolver { StringParameters = "num_workers:1 random_seed:1 max_deterministic_time:30" };

        var status = solver.Solve(model.Model);
        var bound = PooledBound.Compute(problem, Options, Run(Options), 2);

        Assert.Equal(CpSolverStatus.Optimal, status);
        Assert.NotNull(bound);
        Assert.InRange(bound.Value, 1, solver.ObjectiveValue);
    }

    [Fact]
    public void Compute_PlatformWeek_NotAboveASolvedRota()
    {
        // Every rota's cost is an upper bound on the optimum, so on a platform week (contract hours, breaks, both floors,
        // the 3133's contract mix at 10 people) the bound must stay below whatever rota the solver returns.
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 1);
        var options = Options with { DeterministicTimeLimit = 2 };

        var solution = SolveWith(problem, options);
        var bound = PooledBound.Compute(problem, options, Run(options), 1);

        Assert.NotNull(bound);
        Assert.NotNull(solution.Objective);
        Assert.InRange(bound.Value, 10 * 3, solution.Objective.Value);
    }

    [Fact]
    public void Of_SameContractDifferentAbsence_SeparateClasses()
    {
        var away = Listener("B") with { Absences = [new Absence(Monday.PlusDays(2), Monday.PlusDays(2), AbsenceKind.Leave)] };
        var problem = TinyRota.Problem([Listener("A"), away, Listener("C"), Listener("D", Contract.PartTime(24)), Manager("M")], Open("09:00", "20:00", 0, 1, 2));

        var classes = StaffClass.Of(problem);

        Assert.Equal(4, classes.Count);
        Assert.Equal([0, 2], classes[0].Members);
    }

    /// <summary>
    /// Weeks open 9:00–17:00 on four or five days with whole-hour shift lengths, two or three part-time listeners (one with
    /// a day of leave), one or two part-time managers (no manager floor: one alone could not hold it), one listener always on
    /// duty, and an uneven need: small enough for the full model to prove its optimum.
    /// </summary>
    private static RotaProblem SmallWeek(int variant)
    {
        var days = variant == 1 ? new[] { 0, 1, 3, 5 } : [0, 1, 2, 3, 4];
        var listeners = new List<StaffMember> { Listener("A", Contract.PartTime(20)), Listener("B", Contract.PartTime(20)) };
        if (variant >= 2)
        {
            listeners.Add(Listener("C", Contract.PartTime(20)) with { Absences = [new Absence(Monday, Monday, AbsenceKind.Leave)] });
        }

        var managers = variant == 3 ? new[] { Manager("M") with { Contract = Contract.PartTime(24) }, Manager("N") with { Contract = Contract.PartTime(16) } }
            : [Manager("M") with { Contract = Contract.PartTime(20) }];
        var rules = RuleSettings.Default with { ShiftLengthStep = Duration.FromHours(1), MinTrainedListenersOnDuty = 1, MinManagersOnDuty = 0 };
        var problem = new RotaProblem(Monday, 1, [.. listeners, .. managers], Open("09:00", "17:00", days), [], [], [], [], rules, SoftWeights.Default);
        return problem with { Demand = Need(problem, slot => 1 + ((slot.Hour + variant) % 3 == 0 ? 1 : 0)) };
    }

    private static List<DemandSlot> Need(RotaProblem problem, Func<LocalTime, int> required) =>
        [.. problem.Opening.SelectMany(o => Enumerable.Range(0, (int)(o.Length.TotalMinutes / 30))
            .Select(i => new DemandSlot(o.Date, o.Open.PlusMinutes(30L * i), "phone", required(o.Open.PlusMinutes(30L * i)))))];

    private static RotaSolution SolveWith(RotaProblem problem, SolverOptions options) => Validated(problem, RotaSolver.Solve(problem, options));

}
