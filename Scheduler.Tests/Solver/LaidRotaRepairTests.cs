using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Columns;
using Scheduler.Solver.Validation;
using Scheduler.Tests.Api;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>A rota laid from the columns that breaks a rule, repaired; against wall-clock limits (<see cref="Solving"/>).</summary>
[Collection(Solving.Name)]
public sealed class LaidRotaRepairTests
{

    /// <summary>For the team's repair of a 33-person platform under the whole suite's load.</summary>
    private static readonly SolverOptions Unhurried = WallClock with { TimeLimit = TimeSpan.FromSeconds(16) };

    /// <summary>
    /// A laid rota that breaks a rule (A's Monday after six days worked: a class of one is laid without its history) is
    /// repaired before it is evaluated: someone else covers the Monday and the rota keeps every rule.
    /// </summary>
    [Fact]
    public void Repaired_SeventhDayInARow_MovedToSomeoneElse()
    {
        var rules = QuietRules with { MinTrainedListenersOnDuty = 1 };
        var problem = new RotaProblem(Monday, 1, [Listener("A"), Listener("B")], Open("09:00", "13:00", 0, 1, 2, 3, 4, 5, 6), [], [], [], [], rules, SoftWeights.Default)
        {
            History = [.. Enumerable.Range(1, 6).Select(b => new Assignment("A", Monday.PlusDays(-b), Time("09:00"), Time("13:00"), null, null))],
        };
        Assignment[] laid = [.. Enumerable.Range(0, 5).Select(d => Shift("A", d, "09:00", "13:00")), Shift("B", 5, "09:00", "13:00"), Shift("B", 6, "09:00", "13:00")];
        Assert.NotEmpty(RotaValidator.Validate(problem, laid));

        var run = Run(WallClock);
        var repaired = LaidRotaRepair.Whole(problem, laid, run, run.Remaining);

        Assert.NotNull(repaired);
        Assert.Empty(RotaValidator.Validate(problem, repaired));
        Assert.DoesNotContain(repaired, a => a.StaffId == "A" && a.Date == Monday);
    }

    /// <summary>
    /// Two weeks of 4-hour mornings for A and B, A pinned on the second Saturday where the laid rota has B: the second week
    /// is repaired on its own model (the first keeps every rule and stays as laid), and the rota keeps the pin and every rule.
    /// </summary>
    [Fact]
    public void LaidRotaRepairWeekByWeek_PinInTheSecondWeek_OnlyThatWeekRepaired()
    {
        var rules = QuietRules with { MinTrainedListenersOnDuty = 1 };
        var pin = Shift("A", 12, "09:00", "13:00");
        var problem = new RotaProblem(Monday, 2, [Listener("A"), Listener("B")], Open("09:00", "13:00", [.. Enumerable.Range(0, 14)]), [], [], [], [pin], rules, SoftWeights.Default);
        Assignment[] laid = [.. Enumerable.Range(0, 14).Select(d => Shift(d % 7 < 4 ? "A" : "B", d, "09:00", "13:00"))];
        Assert.NotEmpty(RotaValidator.Validate(problem, laid));
        var run = Run(WallClock);

        var repaired = LaidRotaRepair.WeekByWeek(problem, laid, run, run.Remaining);

        Assert.NotNull(repaired);
        Assert.Empty(RotaValidator.Validate(problem, repaired));
        Assert.Contains(pin, repaired);
        Assert.Equal(laid.Where(a => a.Date < Monday.PlusDays(7)), repaired.Where(a => a.Date < Monday.PlusDays(7)).OrderBy(a => a.Date));
    }

    /// <summary>
    /// A platform larger than a team: a full-time listener pinned 09:00–13:00 on a day the laid rota gives them off (their
    /// week then has 4 hours too many). The team of their colleagues repairs it: the rota keeps the pin and every rule, and
    /// everyone outside the team keeps every shift.
    /// </summary>
    [Fact]
    public void LaidRotaRepairTeam_PinOnALargePlatform_OnlyTheTeamChanges()
    {
        var problem = PlatformScenarios.Synthetic(30, 3, Monday, 1);
        var laid = Validated(problem, RotaSolver.Solve(problem, Options with { DeterministicTimeLimit = 6 })).Assignments;
        var person = problem.Staff.First(s => s.Role == StaffRole.Listener && s.Contract.IsFullTime).Id;
        var day = Enumerable.Range(0, 7).First(d => !laid.Any(a => a.StaffId == person && a.Date == Monday.PlusDays(d)));
        var pin = Shift(person, day, "09:00", "13:00");
        var pinned = problem with { Pinned = [pin] };
        Assert.NotEmpty(RotaValidator.Validate(pinned, laid));
        var run = Run(Unhurried);

        var repaired = LaidRotaRepair.Team(pinned, laid, run, 5);

        Assert.NotNull(repaired);
        Assert.Empty(RotaValidator.Validate(pinned, repaired));
        Assert.Contains(pin, repaired);
        var team = LocalRepair.Team(pinned, ReplanRepair.Free(pinned, laid, ReplanStart.Of(pinned, laid)));
        Assert.Contains(person, team);
        Assert.True(team.Count < problem.Staff.Count);
        Assert.Equal(laid.Where(a => !team.Contains(a.StaffId)).ToHashSet(), repaired.Where(a => !team.Contains(a.StaffId)).ToHashSet());
    }

}
