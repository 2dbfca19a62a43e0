using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class InterchangeableOrderTests
{
    [Fact]
    public void Groups_3133_OneGroupPerRoleAndContract()
    {
        // DESIGN.md: 9 full-time listeners, 6 part-timers at 24 h, 6 at 28 h, 3 managers, nobody with dates of their own.
        var problem = PlatformScenarios.Create3133(Monday, 1, []);

        var sizes = InterchangeableOrder.Groups(problem).Select(g => g.Count).Order();

        Assert.Equal([3, 6, 6, 9], sizes);
    }

    [Fact]
    public void Groups_PinnedOrDifferentHistory_LeftOut()
    {
        var staff = new[] { Listener("a"), Listener("b"), Listener("c"), Listener("d") };
        var problem = Problem(staff, Open("09:00", "20:00", 0, 1)) with
        {
            Pinned = [Shift("a", 0, "09:00", "13:00")],
            History = [new Assignment("b", Monday.PlusDays(-1), Time("09:00"), Time("13:00"))],
        };

        var groups = InterchangeableOrder.Groups(problem).ToList();

        Assert.Equal([2, 3], Assert.Single(groups));
    }

    [Fact]
    public void Groups_DifferentBalancesCarriedFromTheReferencePeriod_NotInterchangeable()
    {
        // What the period's earlier weeks left decides the hours a full-timer's week may and should have: swapping two
        // people's weeks could break the one's range or cost the other's deferred hours.
        var staff = new[] { Listener("a"), Listener("b") with { CarriedMinutes = -210 }, Listener("c"), Listener("d") with { CarriedMinutes = -210 } };
        var problem = Problem(staff, Open("09:00", "20:00", 0, 1));

        var groups = InterchangeableOrder.Groups(problem).ToList();

        Assert.Equal([[0, 2], [1, 3]], groups);
    }

    [Fact]
    public void Add_3133LikeWeek_DayPatternsNeverIncreaseWithinAGroupAndTheRotaIsLegal()
    {
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 1);
        var model = RotaModel.Build(problem);
        InterchangeableOrder.Add(model);

        var solver = new Google.OrTools.Sat.CpSolver { StringParameters = "num_workers:1 random_seed:1 max_deterministic_time:5 linearization_level:0" };
        var status = solver.Solve(model.Model);

        Assert.True(status is Google.OrTools.Sat.CpSolverStatus.Feasible or Google.OrTools.Sat.CpSolverStatus.Optimal, status.ToString());
        var rota = SolutionReader.Assignments(model, solver.Response!.Solution.ToArray());
        Assert.Empty(Scheduler.Solver.Validation.RotaValidator.Validate(problem, rota));
        long Pattern(int p) => rota.Where(a => a.StaffId == problem.Staff[p].Id).Sum(a => 1L << (a.Date.DayOfWeek - NodaTime.IsoDayOfWeek.Monday));
        Assert.All(InterchangeableOrder.Groups(problem), g => Assert.True(g.Zip(g.Skip(1)).All(pair => Pattern(pair.First) >= Pattern(pair.Second))));
    }
}
