using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class UnderCoverageTermTests
{
    /// <summary>
    /// Two listeners, one 4 h shift each, 8 h open, 2 listeners needed all day: 16 listener-half-hours are missing whatever
    /// the rota. Convex costs prefer one short in every half-hour (16 × W) to two short in half of them (8 × 3 W).
    /// </summary>
    [Fact]
    public void Solve_ShortageEitherWay_SpreadOverTheDay()
    {
        var rules = QuietRules with { MaxShiftLength = Duration.FromHours(4) };
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "17:00", 0), rules) with
        {
            Demand = [.. Enumerable.Range(0, 16).Select(i => new DemandSlot(Monday, Time("09:00").PlusMinutes(30 * i), "phone", 2))],
            Weights = NoSoftGoals with { UnderCoverage = 100 },
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count);
        var (first, second) = (solution.Assignments[0], solution.Assignments[1]);
        Assert.True(first.End <= second.Start || second.End <= first.Start, "the two shifts should not overlap");
        Assert.Equal(16 * 100, solution.Terms[Scheduler.Solver.Rostering.SoftTermNames.UnderCoverage]);
    }
}
