using NodaTime;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Tests.Forecasting;

public sealed class WeeklyDemandProfileTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(9, 0, 18)]
    [InlineData(9, 29, 18)]
    [InlineData(9, 30, 19)]
    [InlineData(23, 59, 47)]
    public void SlotOf_TimeOfDay_IsHalfHourIndex(int hour, int minute, int slot)
    {
        Assert.Equal(slot, WeeklyDemandProfile.SlotOf(new LocalTime(hour, minute)));
        Assert.Equal(new LocalTime(slot / 2, slot % 2 * 30), WeeklyDemandProfile.SlotStart(slot));
    }

    [Fact]
    public void CallsAt_SundayLastSlot_ReadsLastEntry()
    {
        var calls = new double[WeeklyDemandProfile.SlotCount];
        calls[^1] = 4;
        calls[WeeklyDemandProfile.Index(IsoDayOfWeek.Tuesday, 20)] = 2;

        var profile = new WeeklyDemandProfile(calls);

        Assert.Equal(4, profile.CallsAt(IsoDayOfWeek.Sunday, new LocalTime(23, 45)));
        Assert.Equal(2, profile.CallsAt(IsoDayOfWeek.Tuesday, new LocalTime(10, 15)));
        Assert.Equal(2, profile.DailyTotal(IsoDayOfWeek.Tuesday));
        Assert.Equal(6, profile.WeeklyTotal);
    }

    [Fact]
    public void Constructor_WrongSlotCount_Throws() =>
        Assert.Throws<ArgumentException>(() => new WeeklyDemandProfile(new double[48]));

    [Fact]
    public void Constructor_NegativeCalls_Throws()
    {
        var calls = new double[WeeklyDemandProfile.SlotCount];
        calls[3] = -1;

        Assert.Throws<ArgumentException>(() => new WeeklyDemandProfile(calls));
    }
}
