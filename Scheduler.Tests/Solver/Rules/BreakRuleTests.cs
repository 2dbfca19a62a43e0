using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class BreakRuleTests
{
    [Fact]
    public void Solve_EightHourShift_HasA45MinuteBreakInsideTheWindow()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0)) with { Pinned = [Shift("A", 0, "09:00", "17:00")] };

        var shift = Assert.Single(Solve(problem).Assignments);

        Assert.Equal(Duration.FromMinutes(45), shift.BreakLength);
        Assert.True(shift.BreakStart >= Time("11:00") && shift.BreakEnd <= Time("15:00"), $"break {shift.BreakStart}-{shift.BreakEnd}");
        Assert.Equal(Duration.FromMinutes(435), shift.PaidTime);
    }

    [Fact]
    public void Solve_ShortShift_HasNoBreak()
    {
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0)) with { Pinned = [Shift("A", 0, "09:00", "14:30")] };

        var shift = Assert.Single(Solve(problem).Assignments);

        Assert.Null(shift.BreakStart);
        Assert.Equal(Duration.FromMinutes(330), shift.PaidTime);
    }

    [Fact]
    public void Solve_SixHourShiftWithNoRoomForTheBreak_InfeasibleNamingBreak()
    {
        // Three hours of margin at each end leave no room for a break in a 6 h shift.
        var rules = QuietRules with { BreakMargin = Duration.FromHours(3) };
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0), rules) with { Pinned = [Shift("A", 0, "09:00", "15:00")] };

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.Break, "A");
    }
}
