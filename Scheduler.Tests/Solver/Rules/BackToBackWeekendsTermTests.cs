using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

/// <summary>A week planned alone gives its weekend to whoever rested the last one; only a one-week horizon prices it.</summary>
public sealed class BackToBackWeekendsTermTests
{
    /// <summary>A worked the Saturday before the horizon; the week's Saturday needs one listener.</summary>
    private static RotaProblem AfterAWorkedWeekend(int weeks, SoftWeights weights) =>
        Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 5), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weeks = weeks,
            History = [new Assignment("A", Monday.PlusDays(-2), Time("09:00"), Time("13:00"))],
            Weights = weights,
        };

    [Fact]
    public void Solve_AfterAWeekendWorked_TheOtherListenerTakesThisOne()
    {
        var solution = Solve(AfterAWorkedWeekend(1, NoSoftGoals with { BackToBackWeekends = 10 }));

        AssertSolved(solution);
        Assert.Equal("B", Assert.Single(solution.Assignments).StaffId);
        Assert.Equal(0, solution.Terms[SoftTermNames.BackToBackWeekends]);
    }

    [Fact]
    public void Solve_OnlyTheOneWhoWorkedCanWork_PaysTheWeight()
    {
        var problem = AfterAWorkedWeekend(1, NoSoftGoals with { BackToBackWeekends = 10 });
        problem = problem with { Staff = [problem.Staff[0], problem.Staff[1] with { Absences = [new Absence(Monday.PlusDays(5), Monday.PlusDays(5), AbsenceKind.Leave)] }] };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal("A", Assert.Single(solution.Assignments).StaffId);
        Assert.Equal(10, solution.Terms[SoftTermNames.BackToBackWeekends]);
    }

    [Fact]
    public void Solve_HorizonOfTwoWeeks_DoesNotPriceIt()
    {
        var problem = AfterAWorkedWeekend(2, NoSoftGoals with { BackToBackWeekends = 10 });
        problem = problem with
        {
            Opening = [.. Open("09:00", "13:00", 5, 12)],
            Staff = [problem.Staff[0], problem.Staff[1] with { Absences = [new Absence(Monday.PlusDays(5), Monday.PlusDays(5), AbsenceKind.Leave)] }],
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Contains(solution.Assignments, a => a.StaffId == "A" && a.Date == Monday.PlusDays(5));
        Assert.Equal(0, solution.Terms.GetValueOrDefault(SoftTermNames.BackToBackWeekends));
    }
}
