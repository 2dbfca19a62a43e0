using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver.Rules;

public sealed class AbsenceCreditTests
{
    private static readonly NodaTime.LocalDate Saturday = Monday.PlusDays(-2);
    private static readonly NodaTime.LocalDate Sunday = Monday.PlusDays(-1);

    /// <summary>
    /// A is away the week before; of B and C, present, C worked Saturday and Sunday to closing: each of those dates
    /// credits A with half a weekend day and half a late shift, one of each in all. B and C are credited nothing.
    /// </summary>
    [Fact]
    public void Of_AwayOnTheWeekend_CreditedWhatThosePresentWorkedOnAverage()
    {
        var problem = Window([Away(Listener("A"), Monday.PlusDays(-7), Sunday), Listener("B"), Listener("C")],
            Late("C", Saturday), Late("C", Sunday));

        var credit = AbsenceCredit.Of(problem, problem.Staff, problem.FairnessFrom);

        Assert.Equal([new FairnessLoad(1, 1, 0), FairnessLoad.None, FairnessLoad.None], credit);
    }

    /// <summary>A shift published on a date away was worked: the fairness count has it, so the date is not credited again.</summary>
    [Fact]
    public void Of_ShiftWorkedOnADateAway_NotCredited()
    {
        var problem = Window([Away(Listener("A"), Saturday, Sunday), Listener("B")], Late("A", Saturday), Late("B", Saturday), Late("B", Sunday));

        var credit = AbsenceCredit.Of(problem, problem.Staff, problem.FairnessFrom);

        // Sunday only: B, the one present, worked it to closing.
        Assert.Equal(new FairnessLoad(1, 1, 0), credit[0]);
    }

    /// <summary>Only colleagues of the same role and contract hours set the average: a manager's weekend credits a listener nothing.</summary>
    [Fact]
    public void Of_OtherGroupWorked_NothingCredited()
    {
        var problem = Window([Away(Listener("A"), Saturday, Sunday), Listener("B"), Manager("M"), Manager("N")], Late("M", Saturday), Late("N", Sunday));

        var credit = AbsenceCredit.Of(problem, problem.Staff, problem.FairnessFrom);

        Assert.All(credit, c => Assert.Equal(FairnessLoad.None, c));
    }

    /// <summary>A holiday away credits the share of those present who worked it; with no window, nothing is credited.</summary>
    [Fact]
    public void Of_HolidayAway_CreditedOnlyWithAWindow()
    {
        var problem = Window([Away(Listener("A"), Saturday, Saturday), Listener("B")], Late("B", Saturday)) with
        {
            Holidays = new HashSet<NodaTime.LocalDate> { Saturday },
        };

        Assert.Equal(new FairnessLoad(1, 1, 1), AbsenceCredit.Of(problem, problem.Staff, problem.FairnessFrom)[0]);
        Assert.Equal(FairnessLoad.None, AbsenceCredit.Of(problem, problem.Staff, null)[0]);
    }

    private static StaffMember Away(StaffMember person, NodaTime.LocalDate from, NodaTime.LocalDate to) =>
        person with { Absences = [new Absence(from, to, AbsenceKind.Leave)] };

    private static Assignment Late(string staffId, NodaTime.LocalDate date) => new(staffId, date, Time("13:00"), Time("20:00"), null, null);

    /// <summary>A week's horizon with fairness counting the week before, open 9:00–20:00 on every date.</summary>
    private static RotaProblem Window(IReadOnlyList<StaffMember> staff, params Assignment[] history) =>
        Problem(staff, Open("09:00", "20:00", -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6)) with
        {
            History = history,
            FairnessFrom = Monday.PlusDays(-7),
        };
}
