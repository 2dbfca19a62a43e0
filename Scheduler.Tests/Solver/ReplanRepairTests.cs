using System.Diagnostics;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class ReplanRepairTests
{
    [Fact]
    public void Start_DropsShiftsOnAbsentDaysAndOutsideTheHorizon_PinsReplaceThePublishedShift()
    {
        var sick = Listener("A") with { Absences = [new Absence(Monday.PlusDays(1), Monday.PlusDays(1), AbsenceKind.Sickness)] };
        var reference = new[]
        {
            Shift("A", 0, "09:00", "13:00"), Shift("A", 1, "09:00", "13:00"), Shift("B", 1, "09:00", "13:00"),
            Shift("B", 2, "09:00", "13:00"), Shift("B", 7, "09:00", "13:00"), Shift("Gone", 0, "09:00", "13:00"),
        };
        var pin = Shift("B", 2, "10:00", "14:00");
        var problem = Problem([sick, Listener("B")], Open("09:00", "14:00", 0, 1, 2)) with { Reference = reference, Pinned = [pin] };

        var start = ReplanStart.Of(problem);

        Assert.Equal([reference[0], reference[2], pin], start.OrderBy(a => a.Date).ThenBy(a => a.StaffId));
    }

    [Fact]
    public void Free_ThePersonWhoLostAShiftOverTheHorizon_AndEveryoneOnItsDate()
    {
        var sick = Listener("A") with { Absences = [new Absence(Monday.PlusDays(1), Monday.PlusDays(1), AbsenceKind.Sickness)] };
        var reference = new[] { Shift("A", 0, "09:00", "13:00"), Shift("A", 1, "09:00", "13:00"), Shift("B", 1, "09:00", "13:00") };
        var problem = Problem([sick, Listener("B")], Open("09:00", "13:00", 0, 1, 2)) with { Reference = reference };

        var free = ReplanRepair.Free(problem, problem.Reference, ReplanStart.Of(problem));

        Assert.Equal(["A"], free.People);
        Assert.Equal([Monday.PlusDays(1)], free.Dates);
        Assert.Equal([("A", 0), ("B", 0)], free.Weeks.Order());
    }

    [Fact]
    public void Free_APinnedShiftFreesItsPersonAndDate_ColleaguesOnlyOfTheSameRoleAndHours()
    {
        var basis = new[] { Shift("A", 0, "09:00", "13:00"), Shift("B", 0, "09:00", "13:00"), Shift("C", 1, "09:00", "13:00") };
        var pin = Shift("A", 1, "09:00", "13:00");
        var staff = new[] { Listener("A"), Listener("B"), Listener("C", Contract.PartTime(24)), Manager("M") };
        var problem = Problem(staff, Open("09:00", "13:00", 0, 1)) with { Pinned = [pin] };

        var free = ReplanRepair.Free(problem, basis, ReplanStart.Of(problem, basis));

        Assert.Equal(["A"], free.People);
        Assert.Equal([Monday.PlusDays(1)], free.Dates);
        Assert.Equal([("A", 0), ("B", 0)], free.Weeks.Order());
        Assert.True(free.Contains("B", Monday.PlusDays(6)));
        Assert.False(free.Contains("C", Monday));
        Assert.True(free.WithoutColleagues().Weeks.Count == 0 && !free.WithoutColleagues().Contains("B", Monday));
        Assert.True(free.Widened().Contains("M", Monday));
    }

    /// <summary>
    /// Over two weeks, A pinned on the second Tuesday: the local neighbourhood frees A in that week only (not over the
    /// horizon) and everyone on the Tuesday, without the colleagues; B is free on the Tuesday alone.
    /// </summary>
    [Fact]
    public void Local_APinnedShift_ItsPersonOnlyInItsWeek()
    {
        var basis = new[] { Shift("A", 0, "09:00", "13:00"), Shift("B", 8, "09:00", "13:00") };
        var pin = Shift("A", 8, "10:00", "14:00");
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "14:00", [.. Enumerable.Range(0, 14)])) with { Weeks = 2, Pinned = [pin] };

        var local = ReplanRepair.Free(problem, basis, ReplanStart.Of(problem, basis)).Local();

        Assert.Empty(local.People);
        Assert.Equal([Monday.PlusDays(8)], local.Dates);
        Assert.Equal([("A", 1)], local.Weeks);
        Assert.False(local.Contains("A", Monday));
        Assert.True(local.Contains("A", Monday.PlusDays(13)));
        Assert.False(local.Contains("B", Monday.PlusDays(9)));
    }

    [Fact]
    public void Free_APersonWhosePublishedShiftNowBreaksARule_ThatPersonAndTheirColleaguesThatWeek()
    {
        // The daily maximum was lowered to 8 h after publication: B's 10-hour shift breaks it, A's does not.
        var reference = new[] { Shift("A", 0, "09:00", "13:00"), Shift("B", 0, "09:00", "19:00") };
        var rules = QuietRules with { MaxDailyWork = NodaTime.Duration.FromHours(8), BreakThreshold = NodaTime.Duration.FromHours(12) };
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "20:00", 0), rules) with { Reference = reference };

        var free = ReplanRepair.Free(problem, problem.Reference, ReplanStart.Of(problem));

        Assert.Equal(["B"], free.People);
        Assert.Empty(free.Dates);
        Assert.Equal([("A", 0), ("B", 0)], free.Weeks.Order());
    }

    /// <summary>
    /// A published shift edited by hand off the grid (9:15–13:15, break 11:15–11:45): the re-plan cannot keep it and says
    /// so as one change, instead of failing on it.
    /// </summary>
    [Fact]
    public void Solve_PublishedShiftOffTheGrid_ReplacedAsOneChange()
    {
        var reference = new[] { ShiftWithBreak("A", Monday, "09:15", "13:15", "11:15", "11:45"), Shift("B", 1, "09:00", "14:00") };
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "14:00", 0, 1), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Reference = reference,
            Weights = NoSoftGoals with { Change = 50 },
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.DoesNotContain(reference[0], solution.Assignments);
        Assert.Contains(reference[1], solution.Assignments);
        Assert.Equal(50, solution.Terms[SoftTermNames.Changes]);
    }

    [Fact]
    public void Solve_3133Week_KeepsEveryShiftOutsideTheNeighbourhood()
    {
        var (published, replan, sick, date) = SickListenerAfterPublication(weeks: 1);

        var repaired = ReplanRepair.Solve(replan, Run(), 4);

        Assert.NotNull(repaired);
        Assert.Empty(RotaValidator.Validate(replan, repaired.Assignments));
        Assert.DoesNotContain(repaired.Assignments, a => a.StaffId == sick && a.Date == date);
        Assert.All(published.Where(a => a.StaffId != sick && a.Date != date), a => Assert.Contains(a, repaired.Assignments));
    }

    [Fact]
    public void Solve_3133WeekWithAPin_KeepsThePinAndEveryShiftOutsideTheNeighbourhood()
    {
        var problem = PlatformScenarios.Create3133(Monday, 1, []);
        var basis = Validated(problem, RotaSolver.Solve(problem, Options with { DeterministicTimeLimit = 4 })).Assignments;
        var wednesday = Monday.PlusDays(2);
        var person = problem.Staff.First(s => s.Role == StaffRole.Listener && !basis.Any(a => a.StaffId == s.Id && a.Date == wednesday)).Id;
        var pin = ShiftWithBreak(person, wednesday, "10:00", "17:00", "13:00", "13:45");
        var pinned = problem with { Pinned = [pin] };
        var free = ReplanRepair.Free(pinned, basis, ReplanStart.Of(pinned, basis));

        var repaired = ReplanRepair.Solve(pinned, basis, Run(), 4);

        Assert.NotNull(repaired);
        Assert.Empty(RotaValidator.Validate(pinned, repaired.Assignments));
        Assert.Contains(pin, repaired.Assignments);
        Assert.All(basis.Where(a => !free.Contains(a.StaffId, a.Date)), a => Assert.Contains(a, repaired.Assignments));
    }

    [Fact]
    public void KeepBreaks_BreaksMovedWithinTheNeighbourhood_PutBackAtNoCost()
    {
        var (published, replan, _, _) = SickListenerAfterPublication(weeks: 1);
        var run = Run();
        var repaired = ReplanRepair.Solve(replan, replan.Reference, run, 3, keepBreaks: false);
        Assert.NotNull(repaired);
        var start = ReplanStart.Of(replan);
        var free = ReplanRepair.Free(replan, replan.Reference, start);

        // Half an hour later for up to five breaks of the neighbourhood, where the rota stays legal: what an equally good
        // search may leave.
        var shifted = repaired.Assignments.ToList();
        foreach (var shift in repaired.Assignments.Where(a => a.BreakStart is not null && free.Contains(a.StaffId, a.Date)))
        {
            var later = shift with { BreakStart = shift.BreakStart!.Value.PlusMinutes(30), BreakEnd = shift.BreakEnd!.Value.PlusMinutes(30) };
            var trial = shifted.Select(a => a == shift ? later : a).ToList();
            if (BreaksMoved(published, trial) <= 5 && RotaValidator.Validate(replan, trial).Count == 0)
            {
                shifted = trial;
            }
        }

        var moved = RotaCompletion.Complete(RotaModel.Build(replan), shifted, run, 3);
        Assert.NotNull(moved);
        Assert.InRange(BreaksMoved(published, moved.Assignments), 1, 5);

        var kept = ReplanRepair.KeepBreaks(replan, start, moved, free, run, 3);

        Assert.NotNull(kept);
        Assert.Empty(RotaValidator.Validate(replan, kept.Assignments));
        Assert.True(kept.Objective <= moved.Objective, $"{kept.Objective} > {moved.Objective}");
        Assert.True(BreaksMoved(published, kept.Assignments) < BreaksMoved(published, moved.Assignments));
    }

    [Fact]
    public void Solve_Replan3133TwoWeeks_ChangesAFewShiftsOnly()
    {
        var (published, replan, sick, date) = SickListenerAfterPublication(weeks: 2);

        var solution = Validated(replan, RotaSolver.Solve(replan, Options with { DeterministicTimeLimit = 6 }));

        AssertSolved(solution);
        var changed = published.Except(solution.Assignments).Concat(solution.Assignments.Except(published)).Select(a => (a.StaffId, a.Date)).Distinct().ToList();
        Assert.Contains((sick, date), changed);
        Assert.True(changed.Count <= 12, $"{changed.Count} person-dates changed of {published.Count} shifts");
    }

    /// <summary>The 3133 solved and published, then a listener who works on the horizon's second Wednesday falls sick that day.</summary>
    private static (IReadOnlyList<Assignment> Published, RotaProblem Replan, string Sick, NodaTime.LocalDate Date) SickListenerAfterPublication(int weeks)
    {
        var problem = PlatformScenarios.Create3133(Monday, weeks, []);
        var published = Validated(problem, RotaSolver.Solve(problem, Options with { DeterministicTimeLimit = 4 })).Assignments;
        var date = Monday.PlusDays((7 * (weeks - 1)) + 2);
        var sick = published.First(a => a.Date == date && a.StaffId.StartsWith('L')).StaffId;
        var staff = problem.Staff.Select(s => s.Id == sick ? s with { Absences = [new Absence(date, date, AbsenceKind.Sickness)] } : s).ToList();
        return (published, problem with { Staff = staff, Reference = published }, sick, date);
    }

    /// <summary>Shifts worked at the same times in both rotas whose break moved.</summary>
    private static int BreaksMoved(IReadOnlyList<Assignment> before, IReadOnlyList<Assignment> after) =>
        before.Count(b => after.Any(a => a.StaffId == b.StaffId && a.Date == b.Date && a.Start == b.Start && a.End == b.End && a.BreakStart != b.BreakStart));

    private static CpSatRun Run() => new(Options, Stopwatch.GetTimestamp(), null, CancellationToken.None);
}
