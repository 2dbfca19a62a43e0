using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ShiftRequestsTermTests
{
    private static Preference Request(PreferenceKind kind, int day, string shift, int weight) =>
        new(kind, Monday.PlusDays(day), null, weight) { ShiftId = shift };

    private static RotaProblem With(params Preference[] requests) =>
        Problem([Person("A") with { Preferences = requests }]) with { Weights = NoSoftGoals with { Preference = 1 } };

    [Fact]
    public void Solve_WantsLateOnWednesday_GetsItAtNoCost()
    {
        var solution = Solve(With(Request(PreferenceKind.WantShift, 2, "L", 3)));

        AssertSolved(solution);
        Assert.Contains(solution.Assignments, a => a.Date == Monday.PlusDays(2) && a.Start == Late.Start);
        Assert.Equal(0, solution.Terms[SoftTermNames.ShiftRequests]);
    }

    [Fact]
    public void Solve_AvoidedShiftPinned_CostsTheRequestsWeight()
    {
        var solution = Solve(With(Request(PreferenceKind.AvoidShift, 4, "E", 2)).Pinning(On("A", 4, Early)));

        AssertSolved(solution);
        Assert.Equal(2, solution.Terms[SoftTermNames.ShiftRequests]);
    }

    [Fact]
    public void Solve_WantsLateButEarlyPinned_CostsTheRequestsWeight()
    {
        var solution = Solve(With(Request(PreferenceKind.WantShift, 4, "L", 3)).Pinning(On("A", 4, Early)));

        AssertSolved(solution);
        Assert.Equal(3, solution.Terms[SoftTermNames.ShiftRequests]);
        Assert.Equal(Duration.FromHours(8), solution.Assignments.Single(a => a.Date == Monday.PlusDays(4)).Length);
    }
}
