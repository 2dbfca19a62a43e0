using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class MaxWeekendsRuleTests
{
    private static readonly WorkLimits OneWeekend = new() { MaxWeekends = 1 };

    [Fact]
    public void Solve_SaturdayOfOneWeekendAndSundayOfTheNext_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A", OneWeekend)], weeks: 2).Pinning(On("A", 5, Early), On("A", 13, Early));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.MaxWeekends, "A");
    }

    [Fact]
    public void Solve_BothDaysOfOneWeekend_CountAsOneAndFeasible()
    {
        var problem = Problem([Person("A", OneWeekend)], weeks: 2).Pinning(On("A", 5, Early), On("A", 6, Early));

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.DoesNotContain(DaysWorked(solution, "A"), d => d is 12 or 13);
    }
}
