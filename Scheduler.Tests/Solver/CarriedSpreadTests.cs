using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Columns;
using Scheduler.Tests.Api;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

[Collection(Solving.Name)]
public sealed class CarriedSpreadTests
{
    private static readonly RuleSettings SaturdayRules =
        RuleSettings.Default with { ContractHoursApply = false, MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 1 };

    /// <summary>
    /// Fairness counts the week before, whose Saturday was a public holiday A worked (9:00–13:00, to its closing); the week
    /// planned is open on Saturday morning only, one listener needed. B working it evens the weekend days and late shifts,
    /// but no day of the week is a holiday, so the holiday spread of one stays whatever the rota does (20).
    /// </summary>
    private static RotaProblem HolidayWorkedTheWeekBefore()
    {
        var holiday = Monday.PlusDays(-2);
        var opening = new[] { new OpeningHours(holiday, Time("09:00"), Time("13:00")) }.Concat(Open("09:00", "13:00", 5)).ToList();
        var history = new[] { new Assignment("A", holiday, Time("09:00"), Time("13:00"), null, null) };
        var problem = new RotaProblem(Monday, 1, [Listener("A"), Listener("B")], opening, [], history, [], [], SaturdayRules,
            SoftWeights.Default with { OverCoverage = 10 })
        {
            FairnessFrom = Monday.PlusDays(-7),
            Holidays = new HashSet<NodaTime.LocalDate> { holiday },
        };
        return problem with { Demand = [.. Enumerable.Range(0, 8).Select(i => new DemandSlot(Monday.PlusDays(5), Time("09:00").PlusMinutes(30L * i), "phone", 1))] };
    }

    [Fact]
    public void Least_HolidayWorkedBeforeNoneInTheWeek_OneStepOfSpread()
    {
        Assert.Equal(SoftWeights.Default.Fairness, CarriedSpread.Least(HolidayWorkedTheWeekBefore(), _ => true));
    }

    [Fact]
    public void Least_HolidayInTheWeek_CanBeEvenedOut()
    {
        var problem = HolidayWorkedTheWeekBefore();
        problem = problem with { Holidays = new HashSet<NodaTime.LocalDate>(problem.Holidays) { Monday.PlusDays(5) } };

        Assert.Equal(0, CarriedSpread.Least(problem, _ => true));
    }

    [Fact]
    public void Least_NothingCarried_Zero()
    {
        Assert.Equal(0, CarriedSpread.Least(HolidayWorkedTheWeekBefore() with { FairnessFrom = null }, _ => true));
    }

    [Fact]
    public void Least_RolesLeftOut_NotCounted()
    {
        Assert.Equal(0, CarriedSpread.Least(HolidayWorkedTheWeekBefore(), role => role == StaffRole.Manager));
    }

    /// <summary>
    /// A worked both days of the two weekends before, B none: a week's weekend brings B to 2 at most, so A's 4 leave a
    /// spread of 2 (40); C, a manager, is in no group of two.
    /// </summary>
    [Fact]
    public void Least_WeekendsCarriedFarApart_TheSpreadTheWeekendCannotClose()
    {
        var weekendsBefore = new[] { -9, -8, -2, -1 }.Select(d => Monday.PlusDays(d)).ToList();
        var history = weekendsBefore.Select(d => new Assignment("A", d, Time("09:00"), Time("12:00"), null, null)).ToList();
        var problem = new RotaProblem(Monday, 1, [Listener("A"), Listener("B"), Manager("C")], Open("09:00", "13:00", 5, 6), [], history, [], [], SaturdayRules, SoftWeights.Default)
        {
            FairnessFrom = Monday.PlusDays(-14),
        };

        Assert.Equal(2 * SoftWeights.Default.Fairness, CarriedSpread.Least(problem, _ => true));
    }

    /// <summary>
    /// The bounds that price no carried fairness take the unavoidable step, and stay below the proven optimum: B works the
    /// Saturday (one start time, 3) and the holiday A worked the week before stays uneven (20).
    /// </summary>
    [Fact]
    public void Bounds_HolidayWorkedBefore_IncludeItsStepAndStayBelowTheOptimum()
    {
        var problem = HolidayWorkedTheWeekBefore();

        var pooled = PooledBound.Compute(problem, Options, Run(Options), 2);
        var solution = Solve(problem);
        var columns = ColumnBound.Compute(problem, Run(WallClock), 4, solution.Assignments);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(23, solution.Objective);
        Assert.Equal(20, solution.Terms[SoftTermNames.FairHolidays]);
        Assert.Equal("B", Assert.Single(solution.Assignments).StaffId);
        Assert.NotNull(pooled);
        Assert.InRange(pooled.Value, 20, 23);
        Assert.NotNull(columns);
        Assert.InRange(columns.Value, 20, 23);
        Assert.InRange(columns.ListenerValue, 20, 23);
    }
}
