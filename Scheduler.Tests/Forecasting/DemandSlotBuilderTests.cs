using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Staffing;

namespace Scheduler.Tests.Forecasting;

public sealed class DemandSlotBuilderTests
{
    // The week of the spring-forward Sunday 29 March 2026.
    private static readonly LocalDate Monday = new(2026, 3, 23);
    private static readonly IReadOnlyList<OpeningHours> Week = Line3133Defaults.Opening(Enumerable.Range(0, 7).Select(Monday.PlusDays));

    [Fact]
    public void Build_3133Week_OneSlotPerOpenHalfHourWithErlangCRequirement()
    {
        var slots = DemandSlotBuilder.Build(Line3133Defaults.Profile, Week, Line3133Defaults.PhoneChannel);

        Assert.Equal(7 * 22, slots.Count);
        foreach (var slot in slots)
        {
            // Independent of the engine's incremental search: scan N upward with the plain Erlang C service level.
            var calls = Line3133Defaults.Profile.CallsAt(slot.Date.DayOfWeek, slot.Start);
            var load = calls * 900 / 1800;
            var expected = Enumerable.Range(1, 100).First(n => n > load && ErlangC.ServiceLevel(n, load, 900, 60) >= 0.8);
            Assert.Equal(expected, slot.RequiredListeners);
            Assert.Equal("phone", slot.Channel);
        }

        Assert.Equal(new LocalTime(9, 0), slots[0].Start);
        Assert.Equal(new LocalTime(19, 30), slots[21].Start);
        Assert.Equal(new LocalDate(2026, 3, 29), slots[^1].Date);
    }

    [Fact]
    public void Build_ClosedDate_HasNoSlots()
    {
        var opening = Week.Where(o => o.Date.DayOfWeek != IsoDayOfWeek.Sunday).ToList();

        var slots = DemandSlotBuilder.Build(Line3133Defaults.Profile, opening, Line3133Defaults.PhoneChannel);

        Assert.Equal(6 * 22, slots.Count);
        Assert.DoesNotContain(slots, s => s.Date.DayOfWeek == IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void Build_Shrinkage_RaisesEverySlotToScheduledAgents()
    {
        var plain = DemandSlotBuilder.Build(Line3133Defaults.Profile, Week, Line3133Defaults.PhoneChannel);
        var shrunk = DemandSlotBuilder.Build(Line3133Defaults.Profile, Week, Line3133Defaults.PhoneChannel with { Shrinkage = 0.3 });

        Assert.Equal(plain.Select(s => Shrinkage.ScheduledAgents(s.RequiredListeners, 0.3)), shrunk.Select(s => s.RequiredListeners));
    }

    [Fact]
    public void Build_QuietProfile_GivesNoSlots()
    {
        var quiet = new WeeklyDemandProfile(new double[WeeklyDemandProfile.SlotCount]);

        Assert.Empty(DemandSlotBuilder.Build(quiet, Week, Line3133Defaults.PhoneChannel));
    }

    [Fact]
    public void Build_HorizonOfDates_SameSlotsAsWithTheOpeningHours()
    {
        var dates = Enumerable.Range(0, 14).Select(Monday.PlusDays).Reverse().ToList();

        var byDates = DemandSlotBuilder.Build(Line3133Defaults.Profile, dates, Line3133Defaults.PhoneChannel);
        var byOpening = DemandSlotBuilder.Build(Line3133Defaults.Profile, Line3133Defaults.Opening(dates), Line3133Defaults.PhoneChannel);

        Assert.Equal(14 * 22, byDates.Count);
        Assert.Equal(byOpening, byDates);
        Assert.Equal(Monday, byDates[0].Date);
    }

    [Fact]
    public void Intervals_OpeningHours_CoverOpenToCloseInHalfHours()
    {
        var opening = new[] { new OpeningHours(Monday, new LocalTime(9, 0), new LocalTime(10, 30)) };

        var intervals = DemandSlotBuilder.Intervals(Line3133Defaults.Profile, opening, Line3133Defaults.PhoneChannel);

        Assert.Equal([new LocalTime(9, 0), new LocalTime(9, 30), new LocalTime(10, 0)], intervals.Select(i => i.Start));
        Assert.All(intervals, i => Assert.Equal(900, i.AhtSeconds));
    }
}
