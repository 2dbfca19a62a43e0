using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.NamedShiftRota;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class ForbiddenSuccessionRuleTests
{
    private static readonly RuleSettings NoEarlyAfterLate = PatternRules with
    {
        ForbiddenSuccessions = new Dictionary<string, IReadOnlyList<string>> { ["L"] = ["E"] },
    };

    [Fact]
    public void Solve_EarlyTheDayAfterALate_InfeasibleNamingTheRule()
    {
        var problem = Problem([Person("A")], rules: NoEarlyAfterLate).Pinning(On("A", 2, Late), On("A", 3, Early));

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.ForbiddenSuccession, "A");
    }

    [Fact]
    public void Solve_LateTheDayAfterAnEarly_Feasible()
    {
        var problem = Problem([Person("A")], rules: NoEarlyAfterLate).Pinning(On("A", 2, Early), On("A", 3, Late));

        AssertSolved(Solve(problem));
    }

    [Fact]
    public void Solve_LateOnTheEveInTheHistory_NoEarlyOnMonday()
    {
        var problem = Problem([Person("A")], rules: NoEarlyAfterLate).Pinning(On("A", 0, Early)) with { History = [On("A", -1, Late)] };

        AssertInfeasibleBecauseOf(Solve(problem), RuleNames.ForbiddenSuccession, "A");
    }
}
