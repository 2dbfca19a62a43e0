using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class AvailabilityRuleTests
{
    [Fact]
    public void Solve_OneListenerAbsent_TheOtherCovers()
    {
        var absent = Listener("A") with { Absences = [new Absence(Monday, Monday, AbsenceKind.Sickness)] };
        var rules = QuietRules with { MinTrainedListenersOnDuty = 1 };

        var solution = Solve(Problem([absent, Listener("B")], Open("09:00", "13:00", 0), rules));

        AssertSolved(solution);
        Assert.DoesNotContain(solution.Assignments, a => a.StaffId == "A");
        Assert.Contains(solution.Assignments, a => a.StaffId == "B" && a.Date == Monday);
    }

    [Fact]
    public void Solve_PinOnAbsentDay_InfeasibleNamingPersonAndDate()
    {
        var absent = Listener("A") with { Absences = [new Absence(Monday, Monday.PlusDays(1), AbsenceKind.Leave)] };
        var problem = Problem([absent], Open("09:00", "20:00", 0, 1)) with { Pinned = [Shift("A", 1, "09:00", "13:00")] };

        var solution = Solve(problem);

        AssertInfeasibleBecauseOf(solution, RuleNames.Availability, "A");
        Assert.Contains(solution.Explanation, c => c.Rule == RuleNames.Availability && c.From == Monday.PlusDays(1));
    }
}
