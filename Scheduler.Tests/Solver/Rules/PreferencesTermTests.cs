using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class PreferencesTermTests
{
    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    public void Solve_OneAvoidsMonday_TheOtherWorksIt(string avoiding)
    {
        var staff = new[] { Listener("A"), Listener("B") }
            .Select(s => s.Id == avoiding ? s with { Preferences = [new Preference(PreferenceKind.AvoidDay, Day: IsoDayOfWeek.Monday, Weight: 3)] } : s)
            .ToList();
        var problem = Problem(staff, Open("09:00", "13:00", 0), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weights = NoSoftGoals with { Preference = 10 },
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.NotEqual(avoiding, Assert.Single(solution.Assignments).StaffId);
    }
}
