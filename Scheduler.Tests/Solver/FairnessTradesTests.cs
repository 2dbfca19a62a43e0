using Scheduler.Solver.Domain;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>Trades of shifts between interchangeable people that keep the cover and even out fairness (<see cref="FairnessTrades"/>).</summary>
public sealed class FairnessTradesTests
{
    /// <summary>
    /// A works Wednesday–Sunday (two weekend days), B Monday–Friday (none): a weekend spread of 2. A gives B the Sunday and
    /// takes B's Monday; each then has one weekend day, and every date keeps its two shifts.
    /// </summary>
    [Fact]
    public void Even_OneWorksTheWholeWeekend_EachKeepsOneWeekendDay()
    {
        var problem = Week("09:00", "13:00");
        List<Assignment> rota = [.. Days("A", 2, 3, 4, 5, 6), .. Days("B", 0, 1, 2, 3, 4)];

        var evened = FairnessTrades.Even(problem, rota, Run(WallClock), 5);

        Assert.NotNull(evened);
        Assert.Empty(RotaValidator.Validate(problem, evened));
        Assert.Equal([1, 1], RotaReport.Build(problem, evened).Fairness.Select(f => f.WeekendDays));
        Assert.Equal(rota.GroupBy(a => a.Date).OrderBy(d => d.Key).Select(d => d.Count()), evened.GroupBy(a => a.Date).OrderBy(d => d.Key).Select(d => d.Count()));
    }

    /// <summary>
    /// Open 9:00–17:00, A closes every weekday and B opens: 5 late shifts against none. Trading shifts on a date moves a
    /// late shift to B; the 5 cannot split evenly, so the spread ends at 1.
    /// </summary>
    [Fact]
    public void Even_OneClosesEveryDay_LateShiftsSpreadByOne()
    {
        var problem = Week("09:00", "17:00");
        List<Assignment> rota = [.. Days("A", 0, 1, 2, 3, 4).Select(a => a with { Start = Time("13:00"), End = Time("17:00") }), .. Days("B", 0, 1, 2, 3, 4)];

        var evened = FairnessTrades.Even(problem, rota, Run(WallClock), 5);

        Assert.NotNull(evened);
        Assert.Empty(RotaValidator.Validate(problem, evened));
        var late = RotaReport.Build(problem, evened).Fairness.Select(f => f.LateShifts).ToList();
        Assert.Equal(1, late.Max() - late.Min());
    }

    /// <summary>A's weekend days are pinned: no trade may move them, so the rota stays as it is.</summary>
    [Fact]
    public void Even_WeekendPinned_NoTrade()
    {
        List<Assignment> rota = [.. Days("A", 2, 3, 4, 5, 6), .. Days("B", 0, 1, 2, 3, 4)];
        var problem = Week("09:00", "13:00") with { Pinned = [.. rota.Where(a => a.StaffId == "A" && a.Date >= Monday.PlusDays(5))] };

        Assert.Null(FairnessTrades.Even(problem, rota, Run(WallClock), 5));
    }

    /// <summary>A has a preference, a term the trades do not price: A keeps every shift, so nothing is traded.</summary>
    [Fact]
    public void Even_WithAPreference_NoTrade()
    {
        List<Assignment> rota = [.. Days("A", 2, 3, 4, 5, 6), .. Days("B", 0, 1, 2, 3, 4)];
        var problem = Week("09:00", "13:00");
        problem = problem with { Staff = [problem.Staff[0] with { Preferences = [new Preference(PreferenceKind.PreferDay, Day: NodaTime.IsoDayOfWeek.Sunday)] }, problem.Staff[1]] };

        Assert.Null(FairnessTrades.Even(problem, rota, Run(WallClock), 5));
    }

    /// <summary>A re-plan prices every changed shift against the published rota, which trades do not: none is made.</summary>
    [Fact]
    public void Even_Replan_NoTrade()
    {
        List<Assignment> rota = [.. Days("A", 2, 3, 4, 5, 6), .. Days("B", 0, 1, 2, 3, 4)];
        var problem = Week("09:00", "13:00") with { Reference = rota };

        Assert.Null(FairnessTrades.Even(problem, rota, Run(WallClock), 5));
    }

    /// <summary>Two alike full-timers, open every day, fairness priced and no other soft goal.</summary>
    private static RotaProblem Week(string open, string close) =>
        Problem([Listener("A"), Listener("B")], Open(open, close, 0, 1, 2, 3, 4, 5, 6)) with { Weights = NoSoftGoals with { Fairness = 20 } };

    private static IEnumerable<Assignment> Days(string staffId, params int[] days) => days.Select(d => Shift(staffId, d, "09:00", "13:00"));
}
