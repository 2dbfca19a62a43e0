using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class TeamSplitTests
{
    private static readonly RotaProblem Platform200 = PlatformScenarios.Synthetic(175, 25, Monday, 1);

    [Fact]
    public void Split_200People_EightTeamsSharingPeopleAndNeedExactly()
    {
        var teams = TeamSplit.Split(Platform200);

        Assert.Equal(8, teams.Count);
        Assert.Equal(Platform200.Staff.Select(s => s.Id).Order(), teams.SelectMany(t => t.Staff).Select(s => s.Id).Order());
        Assert.All(teams, t => Assert.True(t.Staff.Count(s => s.Role == StaffRole.Manager) >= 3, "each team keeps its own manager on the floor"));
        for (var n = 0; n < Platform200.Demand.Count; n++)
        {
            Assert.Equal(Platform200.Demand[n].RequiredListeners, teams.Sum(t => t.Demand[n].RequiredListeners));
        }
    }

    [Fact]
    public void Map_AlikeTeams_EachShiftGoesToSomeoneWithTheSameContract()
    {
        var teams = TeamSplit.Split(Platform200);
        var from = teams[^2];
        var to = teams[^1];
        var rota = from.Staff.Select(s => Shift(s.Id, 0, "09:00", "13:00")).ToList();

        var mapped = TeamSplit.Map(from, rota, to);

        Assert.NotNull(mapped);
        Assert.Equal(rota.Count, mapped.Count);
        Assert.Equal(to.Staff.Select(s => s.Id).Order(), mapped.Select(a => a.StaffId).Order());
        Assert.Equal(
            from.Staff.Select(s => s.Contract.WeeklyMinutes).Order(),
            mapped.Select(a => to.Staff.Single(s => s.Id == a.StaffId).Contract.WeeklyMinutes).Order());
    }

    [Fact]
    public void Split_3133_OneTeam()
    {
        var problem = PlatformScenarios.Create3133(Monday, 1, []);

        Assert.Single(TeamSplit.Split(problem));
    }
}
