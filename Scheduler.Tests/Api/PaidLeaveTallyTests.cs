using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Staff;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

/// <summary>
/// <see cref="PaidLeaveTally"/>: 2.5 working days earned per whole month under contract since 1 June (rounded up, at
/// most 30), and the leave recorded in the period counted in working days (Monday to Saturday, public holidays not).
/// </summary>
public sealed class PaidLeaveTallyTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public void WorkingDays_MondayToSaturday_ButPublicHolidays()
    {
        Assert.Equal(6, PaidLeaveTally.WorkingDays(new LocalDate(2026, 11, 30), new LocalDate(2026, 12, 6)));
        // Christmas Day, a Friday, is not a day of leave.
        Assert.Equal(5, PaidLeaveTally.WorkingDays(new LocalDate(2026, 12, 21), new LocalDate(2026, 12, 27)));
        Assert.Equal(0, PaidLeaveTally.WorkingDays(new LocalDate(2026, 12, 7), new LocalDate(2026, 12, 6)));
    }

    [Fact]
    public void SinceJune_FiveWholeMonthsEarn13_LeaveIsTakenOrBooked_SicknessAndLastPeriodAreNot()
    {
        var person = Person(new LocalDate(2026, 3, 1),
            Leave(new LocalDate(2026, 5, 11), new LocalDate(2026, 5, 13)),
            Leave(new LocalDate(2026, 8, 3), new LocalDate(2026, 8, 14)),
            Leave(new LocalDate(2026, 11, 24), new LocalDate(2026, 11, 27)),
            Leave(new LocalDate(2026, 12, 21), new LocalDate(2026, 12, 24)),
            new AbsenceEntity { Id = Guid.NewGuid(), From = new LocalDate(2026, 10, 5), To = new LocalDate(2026, 10, 9), Kind = AbsenceKind.Sickness });

        var tally = PaidLeaveTally.Of(person, Today);

        Assert.Equal((new LocalDate(2026, 6, 1), new LocalDate(2027, 5, 31)), (tally.PeriodStart, tally.PeriodEnd));
        Assert.Equal(13, tally.Earned);
        // 3–8 and 10–14 August: 11; 24–25 November: 2, the rest of that leave and 21–24 December to come: 2 + 4.
        Assert.Equal((13, 6), (tally.Taken, tally.Booked));
        Assert.Equal(-6, tally.Left);
    }

    [Fact]
    public void ContractFromMidSeptember_EarnsTwoMonths_ALongOneIsCappedAt30()
    {
        Assert.Equal(5, PaidLeaveTally.Of(Person(new LocalDate(2026, 9, 15)), Today).Earned);
        Assert.Equal(30, PaidLeaveTally.Of(Person(new LocalDate(2020, 1, 1)), new LocalDate(2027, 5, 31)).Earned);
        Assert.Equal(new LocalDate(2026, 6, 1), PaidLeaveTally.Of(Person(new LocalDate(2020, 1, 1)), new LocalDate(2027, 3, 10)).PeriodStart);
        Assert.Equal(0, PaidLeaveTally.Of(Person(new LocalDate(2026, 11, 1)), Today).Earned);
    }

    private static StaffEntity Person(LocalDate contractFrom, params AbsenceEntity[] absences)
    {
        var id = Guid.NewGuid();
        return new StaffEntity
        {
            Id = id,
            Name = "Inès Moreau",
            Role = StaffRole.Listener,
            Contracts = [new ContractEntity { Id = Guid.NewGuid(), StaffId = id, ValidFrom = contractFrom, WeeklyMinutes = 35 * 60 }],
            Absences = [.. absences],
        };
    }

    private static AbsenceEntity Leave(LocalDate from, LocalDate to) => new() { Id = Guid.NewGuid(), From = from, To = to, Kind = AbsenceKind.Leave };
}
