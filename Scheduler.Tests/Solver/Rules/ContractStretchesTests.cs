using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

/// <summary>How a full-timer's weeks are cut by reference period, and when the weekly targets still add up exactly.</summary>
public sealed class ContractStretchesTests
{
    private static readonly RuleSettings ContractRules = QuietRules with { ContractHoursApply = true };

    [Fact]
    public void Of_NoReferencePeriod_TheHorizonAddsUpToItsOwnTargets()
    {
        var problem = Weeks(3, Listener("F"));

        var stretch = Assert.Single(ContractStretches.Of(problem.Staff[0], problem));

        Assert.Equal((0, 3, 105L * 60, 105L * 60), (stretch.FirstWeek, stretch.WeekCount, stretch.Least, stretch.Most));
        Assert.True(ContractStretches.KeepsOwnTargets(problem));
    }

    [Fact]
    public void Of_SixWeeksOverFourWeekPeriods_TheFirstSettlesAndTheSecondKeepsReach()
    {
        // The second period has two of its four weeks in the horizon: 70 h give or take the 7 h its last two can make up.
        var problem = Weeks(6, Listener("F")) with { ReferencePeriodEnd = Monday.PlusDays(27), ReferencePeriodWeeks = 4 };

        var stretches = ContractStretches.Of(problem.Staff[0], problem);

        Assert.Equal([(0, 4, 140L * 60, 140L * 60, Monday.PlusDays(27)), (4, 2, 63L * 60, 77L * 60, Monday.PlusDays(55))],
            stretches.Select(s => (s.FirstWeek, s.WeekCount, s.Least, s.Most, s.PeriodEnd)));
        Assert.False(ContractStretches.KeepsOwnTargets(problem));
        Assert.False(ContractStretches.CarriesBalance(problem));
    }

    [Fact]
    public void CarriedInto_EachWeekCarriesWhatTheEarlierWeeksOfItsPeriodLeft()
    {
        // 2 h owed into a period of three weeks: the first week worked 36 h, so 1 h is still owed into the second.
        var problem = Weeks(3, Listener("F") with { CarriedMinutes = -120 }) with { ReferencePeriodEnd = Monday.PlusDays(20) };
        var firstWeek = Enumerable.Range(0, 4).Select(d => ShiftWithBreak("F", Monday.PlusDays(d), "09:00", "17:00", "12:00", "12:45"))
            .Append(ShiftWithBreak("F", Monday.PlusDays(4), "09:00", "16:45", "12:00", "12:45")).ToList();

        Assert.Equal(-120, ContractStretches.CarriedInto(problem.Staff[0], problem, 0, []));
        Assert.Equal(-60, ContractStretches.CarriedInto(problem.Staff[0], problem, 1, firstWeek));
        Assert.True(ContractStretches.CarriesBalance(problem));
        Assert.False(ContractStretches.KeepsOwnTargets(problem));
    }

    private static RotaProblem Weeks(int weeks, StaffMember person) =>
        Problem([person], Open("09:00", "20:00", [.. Enumerable.Range(0, 7 * weeks)]), ContractRules) with { Weeks = weeks };
}
