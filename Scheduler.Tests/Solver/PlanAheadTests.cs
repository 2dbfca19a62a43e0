using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class PlanAheadTests
{
    /// <summary>
    /// Two listeners, one a day on the weekends of two weeks; B's training lapses before the second weekend, so A works both
    /// its days. Planned alone,
    /// the first week shares its weekend one day each (FairnessTermTests); planned as the first week of two, B works both
    /// days of it, so that each has two weekend days over the two weeks. Only the first week is kept, and its objective is
    /// the one-week problem's.
    /// </summary>
    [Fact]
    public void Solve_TrainingLapsesBeforeTheWeekendAfter_FirstWeekendGoesToTheOther()
    {
        var ahead = TrainingLapsesBeforeTheWeekendAfter();
        var asked = ahead with { Weeks = 1 };

        var alone = Solve(asked);
        var planned = Validated(asked, PlanAhead.Solve(asked, ahead, Options));

        Assert.Equal(["A", "B"], alone.Assignments.Select(a => a.StaffId).Order());
        Assert.Equal(["B", "B"], planned.Assignments.Select(a => a.StaffId));
        Assert.All(planned.Assignments, a => Assert.True(a.Date <= asked.End));
        Assert.Equal(40, planned.Terms[SoftTermNames.FairWeekends]);
        Assert.Equal(planned.Terms.Values.Sum(), planned.Objective);
    }

    /// <summary>
    /// Two listeners, one a day on the weekends of two weeks (09:00–13:00); B's training is valid until the second week's
    /// Friday, so only A counts on its weekend (a leave would not do: its dates are credited what the other works, see
    /// AwayCredit).
    /// </summary>
    internal static RotaProblem TrainingLapsesBeforeTheWeekendAfter() =>
        Problem([Listener("A"), Listener("B") with { QualifiedUntil = Monday.PlusDays(11) }], Open("09:00", "13:00", 5, 6, 12, 13), QuietRules with { MinTrainedListenersOnDuty = 1 }) with
        {
            Weeks = 2,
            Weights = NoSoftGoals with { Fairness = 20, StartTimeStability = 3, OverCoverage = 2 },
            Demand = [.. new[] { 5, 6, 12, 13 }.SelectMany(d => Enumerable.Range(0, 8).Select(i => new DemandSlot(Monday.PlusDays(d), Time("09:00").PlusMinutes(30 * i), "phone", 1)))],
        };

    /// <summary>A longer horizon that is not longer, or starts elsewhere, plans the period alone.</summary>
    [Fact]
    public void Solve_AheadNotLonger_PlansThePeriodAlone()
    {
        var problem = Problem([Listener("A"), Listener("B")], Open("09:00", "13:00", 0, 1, 2), QuietRules with { MinTrainedListenersOnDuty = 1 });

        var planned = Validated(problem, PlanAhead.Solve(problem, problem, Options));

        Assert.Equal(Solve(problem).Objective, planned.Objective);
    }
}
