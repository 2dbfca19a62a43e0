using System.Diagnostics;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class LocalRepairTests
{
    /// <summary>
    /// Three listeners needed all morning; C and D keep 09:00–13:00. The team (A, B) is asked for the third, and the floor of
    /// two is left to C and D, who keep it alone. With C alone kept, the team needs two and keeps the floor itself.
    /// </summary>
    [Fact]
    public void Part_NeedLessWhatTheOthersCover_FloorLeftToThemOnlyWhenTheyKeepIt()
    {
        var staff = new[] { "A", "B", "C", "D" }.Select(id => Listener(id)).ToList();
        var problem = Problem(staff, Open("09:00", "13:00", 0), QuietRules with { MinTrainedListenersOnDuty = 2 });
        problem = problem with
        {
            Demand = [.. Enumerable.Range(0, 8).Select(i => new DemandSlot(Monday, Time("09:00").PlusMinutes(30 * i), "phone", 3))],
            Reference = [Shift("A", 0, "09:00", "13:00")],
        };
        var team = new HashSet<string>(["A", "B"], StringComparer.Ordinal);

        var both = LocalRepair.Part(problem, team, [Shift("C", 0, "09:00", "13:00"), Shift("D", 0, "09:00", "13:00")]);
        var one = LocalRepair.Part(problem, team, [Shift("C", 0, "09:00", "13:00")]);

        Assert.Equal(["A", "B"], both.Staff.Select(s => s.Id));
        Assert.Equal([Shift("A", 0, "09:00", "13:00")], both.Reference);
        Assert.All(both.Demand, d => Assert.Equal(1, d.RequiredListeners));
        Assert.Equal(8, both.Demand.Count);
        Assert.Equal(0, both.Rules.MinTrainedListenersOnDuty);
        Assert.All(one.Demand, d => Assert.Equal(2, d.RequiredListeners));
        Assert.Equal(2, one.Rules.MinTrainedListenersOnDuty);
    }

    [Fact]
    public void Team_TheChangedPersonAndColleaguesOfTheSameRoleAndHours_UpToTheTeamSize()
    {
        var problem = PlatformScenarios.Synthetic(70, 3, Monday, 1);
        var sick = problem.Staff.First(s => s.Role == StaffRole.Listener && s.Contract.IsFullTime);
        var free = new Neighbourhood(problem);
        free.People.Add(sick.Id);

        var team = LocalRepair.Team(problem, free);

        Assert.Equal(LocalRepair.TeamSize, team.Count);
        Assert.Contains(sick.Id, team);
        Assert.All(problem.Staff.Where(s => team.Contains(s.Id)), s => Assert.Equal((sick.Role, sick.Contract.WeeklyMinutes), (s.Role, s.Contract.WeeklyMinutes)));
    }

    [Fact]
    public void Team_AListenerAndAManagerChanged_ColleaguesOfBothInTurn()
    {
        var problem = PlatformScenarios.Synthetic(70, 8, Monday, 1);
        var listener = problem.Staff.First(s => s.Role == StaffRole.Listener && s.Contract.IsFullTime);
        var manager = problem.Staff.First(s => s.Role == StaffRole.Manager);
        var free = new Neighbourhood(problem);
        free.People.UnionWith([listener.Id, manager.Id]);

        var team = LocalRepair.Team(problem, free);

        Assert.Equal(LocalRepair.TeamSize, team.Count);
        var members = problem.Staff.Where(s => team.Contains(s.Id)).ToList();
        Assert.Equal(8, members.Count(s => s.Role == StaffRole.Manager));
        Assert.Equal(16, members.Count(s => s.Role == StaffRole.Listener));
    }

    /// <summary>
    /// A 60-person platform planned and published, then a full-time listener falls sick on the Wednesday: the team repair
    /// keeps every rule, every shift of everyone outside the team, and changes a part of the team's.
    /// </summary>
    [Fact]
    public void Solve_SickListenerOnALargePlatform_KeepsEveryRuleAndEveryoneOutsideTheTeam()
    {
        var problem = PlatformScenarios.Synthetic(55, 5, Monday, 1);
        var published = Validated(problem, RotaSolver.Solve(problem, Options with { DeterministicTimeLimit = 10 })).Assignments;
        var date = Monday.PlusDays(2);
        var sick = published.First(a => a.Date == date && problem.Staff.Single(s => s.Id == a.StaffId) is { Role: StaffRole.Listener, Contract.IsFullTime: true }).StaffId;
        var staff = problem.Staff.Select(s => s.Id == sick ? s with { Absences = [new Absence(date, date, AbsenceKind.Sickness)] } : s).ToList();
        var replan = problem with { Staff = staff, Reference = published };

        var repaired = LocalRepair.Solve(replan, new CpSatRun(Options, Stopwatch.GetTimestamp(), null, CancellationToken.None), 12);

        Assert.NotNull(repaired);
        Assert.Empty(RotaValidator.Validate(replan, repaired.Assignments));
        Assert.DoesNotContain(repaired.Assignments, a => a.StaffId == sick && a.Date == date);
        var team = LocalRepair.Team(replan, ReplanRepair.Free(replan, published, ReplanStart.Of(replan)));
        Assert.Equal(published.Where(a => !team.Contains(a.StaffId)).ToHashSet(), repaired.Assignments.Where(a => !team.Contains(a.StaffId)).ToHashSet());
        var changed = published.Except(repaired.Assignments).Concat(repaired.Assignments.Except(published)).Select(a => (a.StaffId, a.Date)).Distinct().Count();
        // The published rota (10 deterministic units for 60 people) leaves hundreds of half-hours short, and a change (50)
        // costs less than a half-hour short (100 or more): the repair may trade some. It changed 10 person-dates (objective
        // 51 837) before dates away were credited in the horizon, 55 after (47 383); the team has 168.
        Assert.InRange(changed, 1, 60);
    }
}
