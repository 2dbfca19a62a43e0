using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class WeekRotasTests
{
    [Fact]
    public void ThirdWeekendsInARow_OnePersonOnThreeWeekendsOneWithAGap_CountsOne()
    {
        // a works Saturday, Sunday, Saturday of three weekends in a row; b skips the middle weekend.
        var monday = Monday.PlusDays(14);
        Assignment On(string id, int day) => new(id, Monday.PlusDays(day), Time("09:00"), Time("13:00"));
        var before = new[] { On("a", 5), On("a", 13), On("b", 6) };
        var week = new[] { On("a", 19), On("b", 20), On("c", 14) };

        var runs = WeekRotas.ThirdWeekendsInARow(monday, before, week);

        Assert.Equal(1, runs);
    }

    [Fact]
    public void Repeats_3133Week_RotationsByOneTwoAndThreeThenTheWeekAsIs()
    {
        var problem = PlatformScenarios.Create3133(Monday, 2, []);
        var week = problem.Staff.Select(s => new Assignment(s.Id, Monday, Time("09:00"), Time("13:00"))).ToList();

        var candidates = WeekRotas.Repeats(problem, week).ToList();

        Assert.Equal(4, candidates.Count);
        Assert.All(candidates, c => Assert.Equal(problem.Staff.Select(s => s.Id).Order(), c.Select(a => a.StaffId).Order()));
        Assert.All(candidates, c => Assert.All(c, a => Assert.Equal(Monday.PlusDays(7), a.Date)));
    }
}
