using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Reporting;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Reporting;

public sealed class RotaReportTests
{
    /// <summary>Open Monday 9:00–11:00 (4 half-hours); 3 listeners asked for 9:00–10:00 on the phone plus 1 on chat at 9:00.</summary>
    private static RotaProblem Morning()
    {
        StaffMember[] staff = [Manager("m"), Listener("l1"), Listener("l2"), Listener("new", trained: false)];
        return Problem(staff) with
        {
            Opening = [new OpeningHours(Monday, Time("09:00"), Time("11:00"))],
            Demand =
            [
                new DemandSlot(Monday, Time("09:00"), "phone", 3),
                new DemandSlot(Monday, Time("09:00"), "chat", 1),
                new DemandSlot(Monday, Time("09:30"), "phone", 3),
            ],
        };
    }

    private static readonly Assignment[] Rota =
    [
        Shift("m", Monday, "09:00", "13:00"),
        Shift("l1", Monday, "09:00", "13:00"),
        Shift("l2", Monday, "09:30", "13:30"),
        Shift("new", Monday, "09:00", "13:00"),
    ];

    [Fact]
    public void Build_Coverage_CountsTrainedListenersAndManagersPerSlotAgainstNeed()
    {
        var report = RotaReport.Build(Morning(), Rota);

        Assert.Equal(
            [(Time("09:00"), 4, 1, 1), (Time("09:30"), 3, 2, 1), (Time("10:00"), 2, 2, 1), (Time("10:30"), 2, 2, 1)],
            report.Coverage.Select(c => (c.Start, c.Needed, c.TrainedListeners, c.Managers)));
    }

    [Fact]
    public void Build_Shortfall_ListenerHoursPerDay()
    {
        var report = RotaReport.Build(Morning(), Rota);

        // 9:00: 4 needed, 1 trained on duty (3 missing); 9:30: 3 needed, 2 on duty (1 missing): 4 half-hours = 2 listener-hours.
        var day = Assert.Single(report.Shortfalls);
        Assert.Equal(2.0, day.ListenerHours, 6);
        Assert.Equal(2, day.ShortSlots);
        Assert.Equal(2, report.UncoveredSlots);
    }

    [Fact]
    public void Build_Hours_PaidTimePerPersonPerWeekAgainstContract()
    {
        Assignment[] rota = [Shift("l1", Monday, "09:00", "17:00", "12:00", "12:45"), Shift("l1", Monday.PlusDays(1), "09:00", "13:00")];

        var report = RotaReport.Build(Morning(), rota);

        var l1 = Assert.Single(report.Hours, h => h.StaffId == "l1");
        Assert.Equal(Duration.FromMinutes(435 + 240), l1.Paid);
        Assert.Equal(Duration.FromHours(35), l1.Target);
        Assert.Equal(2, l1.Shifts);
        Assert.Equal(4, report.Hours.Count);
    }

    /// <summary>
    /// Counted from <see cref="RotaProblem.FairnessFrom"/>: the history's Saturday to closing counts (a weekend day and a late
    /// shift), the shift before it does not; in the horizon, a Sunday to closing and a holiday Monday.
    /// </summary>
    [Fact]
    public void Build_Fairness_CountsHistoryFromFairnessFromWithTheHorizon()
    {
        var lastSaturday = Monday.PlusDays(-2);
        var problem = Problem([Listener("l1"), Listener("l2")]) with
        {
            Opening = [.. new[] { lastSaturday, Monday, Monday.PlusDays(6) }.Select(d => new OpeningHours(d, Time("09:00"), Time("20:00")))],
            History = [Shift("l1", Monday.PlusDays(-9), "12:00", "20:00", "15:00", "15:45"), Shift("l1", lastSaturday, "13:00", "20:00", "16:00", "16:45")],
            Holidays = new HashSet<LocalDate> { Monday },
            FairnessFrom = Monday.PlusDays(-7),
        };
        Assignment[] rota = [Shift("l1", Monday, "09:00", "13:00"), Shift("l2", Monday.PlusDays(6), "13:00", "20:00", "16:00", "16:45")];

        var report = RotaReport.Build(problem, rota);

        Assert.Equal(Monday.PlusDays(-7), report.CountedFrom);
        Assert.Equal([new FairnessCounts("l1", 1, 1, 1), new FairnessCounts("l2", 1, 1, 0)], report.Fairness);
    }

    /// <summary>
    /// l2 was on leave the week before, when l1 worked the Saturday to closing: l2 is credited that Saturday's average of
    /// those present (one weekend day, one late shift), shown apart so a manager can tell it from days worked.
    /// </summary>
    [Fact]
    public void Build_Fairness_CreditsTimeAwayInTheWindow()
    {
        var lastSaturday = Monday.PlusDays(-2);
        var onLeave = Listener("l2") with { Absences = [new Absence(Monday.PlusDays(-7), Monday.PlusDays(-1), AbsenceKind.Leave)] };
        var problem = Problem([Listener("l1"), onLeave]) with
        {
            Opening = [.. new[] { lastSaturday, Monday }.Select(d => new OpeningHours(d, Time("09:00"), Time("20:00")))],
            History = [Shift("l1", lastSaturday, "13:00", "20:00", "16:00", "16:45")],
            FairnessFrom = Monday.PlusDays(-7),
        };

        var report = RotaReport.Build(problem, []);

        Assert.Equal([new FairnessCounts("l1", 1, 1, 0), new FairnessCounts("l2", 1, 1, 0) { Credited = new FairnessLoad(1, 1, 0) }], report.Fairness);
    }

    /// <summary>
    /// l2 is on leave on the horizon's Saturday, which l1 works to closing: the report credits l2 as the solver does, with
    /// what those present worked on it (one weekend day, one late shift).
    /// </summary>
    [Fact]
    public void Build_Fairness_CreditsTimeAwayInTheHorizon()
    {
        var saturday = Monday.PlusDays(5);
        var onLeave = Listener("l2") with { Absences = [new Absence(saturday, saturday, AbsenceKind.Leave)] };
        var problem = Problem([Listener("l1"), onLeave]) with
        {
            Opening = [new OpeningHours(saturday, Time("09:00"), Time("20:00"))],
        };

        var report = RotaReport.Build(problem, [Shift("l1", saturday, "13:00", "20:00", "16:00", "16:45")]);

        Assert.Equal([new FairnessCounts("l1", 1, 1, 0), new FairnessCounts("l2", 1, 1, 0) { Credited = new FairnessLoad(1, 1, 0) }], report.Fairness);
    }
}
