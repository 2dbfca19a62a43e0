using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class FairnessTermTests
{
    /// <summary>
    /// One listener a day on Saturday and Sunday. Stable start times alone favour one person working both days
    /// (one start time instead of two); fairness makes the two share the weekend. A need of one listener, with
    /// over-coverage priced, keeps both from working both days (otherwise that ties with sharing, at 2 start times).
    /// </summary>
    [Fact]
    public void Solve_WeekendForTwo_OneDayEach()
    {
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 5, 6), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weights = NoSoftGoals with { Fairness = 20, StartTimeStability = 3, OverCoverage = 2 },
            Demand = [.. new[] { 5, 6 }.SelectMany(d => Enumerable.Range(0, 8).Select(i => new Scheduler.Solver.Domain.DemandSlot(Monday.PlusDays(d), Time("09:00").PlusMinutes(30 * i), "phone", 1)))],
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(2, solution.Assignments.Count);
        Assert.NotEqual(solution.Assignments[0].StaffId, solution.Assignments[1].StaffId);
        Assert.Equal(0, solution.Terms[SoftTermNames.FairWeekends]);
    }

    /// <summary>
    /// The same weekend when fairness counts the week before (<see cref="Scheduler.Solver.Domain.RotaProblem.FairnessFrom"/>)
    /// and A worked both its weekend days: B works both days of this one, so each has two over the two weeks. Alone, this
    /// week would be shared one day each (the test above), and A would have three weekend days against B's one.
    /// </summary>
    [Fact]
    public void Solve_WeekendCarriedFromTheWeekBefore_OtherTakesBothDays()
    {
        var lastWeekend = new[] { -2, -1 }.Select(Monday.PlusDays).ToList();
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 5, 6), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weights = NoSoftGoals with { Fairness = 20, StartTimeStability = 3, OverCoverage = 2 },
            Demand = [.. new[] { 5, 6 }.SelectMany(d => Enumerable.Range(0, 8).Select(i => new Scheduler.Solver.Domain.DemandSlot(Monday.PlusDays(d), Time("09:00").PlusMinutes(30 * i), "phone", 1)))],
            History = [.. lastWeekend.Select(d => new Scheduler.Solver.Domain.Assignment("A", d, Time("09:00"), Time("13:00"), null, null))],
            FairnessFrom = Monday.PlusDays(-7),

            // The week before's hours too: its shifts ended at closing, so they count as late shifts as this week's do.
            Opening = Open("09:00", "13:00", -2, -1, 5, 6),
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(["B", "B"], solution.Assignments.Select(a => a.StaffId));
        Assert.Equal(0, solution.Terms[SoftTermNames.FairWeekends]);
    }

    /// <summary>
    /// The week before, A was on leave and B worked both weekend days. A's leave is credited with what B, the one present,
    /// worked (<see cref="Scheduler.Solver.Rostering.Rules.AbsenceCredit"/>), so the two are level and share this weekend one
    /// day each. Without the credit A would have none to B's two, and would work both days to catch up.
    /// </summary>
    [Fact]
    public void Solve_WeekendAfterLeave_SharedAsBetweenEquals()
    {
        var lastWeek = Monday.PlusDays(-7);
        var lastWeekend = new[] { -2, -1 }.Select(Monday.PlusDays).ToList();
        var onLeave = Listener("A") with { Absences = [new Scheduler.Solver.Domain.Absence(lastWeek, Monday.PlusDays(-1), Scheduler.Solver.Domain.AbsenceKind.Leave)] };
        var problem = Problem([onLeave, Listener("B")], Open("09:00", "13:00", 5, 6), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weights = NoSoftGoals with { Fairness = 20, StartTimeStability = 3, OverCoverage = 2 },
            Demand = [.. new[] { 5, 6 }.SelectMany(d => Enumerable.Range(0, 8).Select(i => new Scheduler.Solver.Domain.DemandSlot(Monday.PlusDays(d), Time("09:00").PlusMinutes(30 * i), "phone", 1)))],
            History = [.. lastWeekend.Select(d => new Scheduler.Solver.Domain.Assignment("B", d, Time("09:00"), Time("13:00"), null, null))],
            FairnessFrom = lastWeek,
            Opening = Open("09:00", "13:00", -2, -1, 5, 6),
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(["A", "B"], solution.Assignments.Select(a => a.StaffId).Order());
        Assert.Equal(0, solution.Terms[SoftTermNames.FairWeekends]);
    }

    /// <summary>
    /// Three listeners, one a day on Saturday and Sunday; A is off sick on Saturday. A's Saturday is credited what B and C,
    /// present, work on it on average (one of two: half a day, rounded to one), so B and C take a day each and A none:
    /// all three count one. Without the credit someone stayed at 0 whoever worked (a spread of one in weekend days and in
    /// late shifts, 40).
    /// </summary>
    [Fact]
    public void Solve_AwayOnSaturdayInTheHorizon_CreditedAsTheOthersWork()
    {
        var sick = Listener("A") with { Absences = [new Scheduler.Solver.Domain.Absence(Monday.PlusDays(5), Monday.PlusDays(5), Scheduler.Solver.Domain.AbsenceKind.Sickness)] };
        var problem = Problem([sick, Listener("B"), Listener("C")], Open("09:00", "13:00", 5, 6), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weights = NoSoftGoals with { Fairness = 20, OverCoverage = 2 },
            Demand = [.. new[] { 5, 6 }.SelectMany(d => Enumerable.Range(0, 8).Select(i => new Scheduler.Solver.Domain.DemandSlot(Monday.PlusDays(d), Time("09:00").PlusMinutes(30 * i), "phone", 1)))],
        };

        var solution = Solve(problem);

        AssertSolved(solution);
        Assert.Equal(["B", "C"], solution.Assignments.Select(a => a.StaffId).Order());
        Assert.Equal(0, solution.Terms[SoftTermNames.FairWeekends]);
        Assert.Equal(0, solution.Terms[SoftTermNames.FairLateShifts]);
    }
}
