using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ShiftCoverTermTests
{
    private static RotaProblem Wanting(int required, params StaffMember[] staff) =>
        Problem(staff) with { ShiftCover = [new ShiftCover(Monday.PlusDays(1), "E", required, 100, 1)] };

    [Fact]
    public void Solve_TwoWantedOnTuesdayEarlyOutOfThree_ExactlyTwoAndNoCost()
    {
        var solution = Solve(Wanting(2, Person("A"), Person("B"), Person("C")));

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count(a => a.Date == Monday.PlusDays(1) && a.Start == Early.Start));
        Assert.Equal(0, solution.Terms[SoftTermNames.ShiftUnderCover] + solution.Terms[SoftTermNames.ShiftOverCover]);
    }

    [Fact]
    public void Solve_FourWantedWithThreePeople_OneShortCostsTheUnderWeight()
    {
        var solution = Solve(Wanting(4, Person("A"), Person("B"), Person("C")));

        AssertSolved(solution);
        Assert.Equal(100, solution.Terms[SoftTermNames.ShiftUnderCover]);
    }

    [Fact]
    public void Solve_ThreePinnedWhereOneIsWanted_EachExtraCostsTheOverWeight()
    {
        var problem = Wanting(1, Person("A"), Person("B"), Person("C")).Pinning(On("A", 1, Early), On("B", 1, Early), On("C", 1, Early));

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(2, solution.Terms[SoftTermNames.ShiftOverCover]);
        Assert.Equal(2, solution.Objective);
    }
}
