using NodaTime;
using Scheduler.Api.Web;

namespace Scheduler.Tests.Pages;

public sealed class ShowTests
{
    [Fact]
    public void Date_AnyDate_IsDayMonthYearWithSlashes() => Assert.Equal("05/03/2026", Show.Date(new LocalDate(2026, 3, 5)));

    [Fact]
    public void Time_Afternoon_Is24Hour() => Assert.Equal("17:05", Show.Time(new LocalTime(17, 5)));

    [Fact]
    public void Monday_Sunday_IsTheMondayBefore() => Assert.Equal(new LocalDate(2026, 11, 23), Show.Monday(new LocalDate(2026, 11, 29)));

    [Theory]
    [InlineData("26/11/2026", 2026, 11, 26)]
    [InlineData("2026-11-26", 2026, 11, 26)]
    [InlineData(" 1/2/2026 ", null, null, null)]
    [InlineData("31/02/2026", null, null, null)]
    public void ParseDate_Text_ReadsDayMonthYearOrIso(string text, int? year, int? month, int? day) =>
        Assert.Equal(year is null ? null : new LocalDate(year.Value, month!.Value, day!.Value), Show.ParseDate(text));

    [Theory]
    [InlineData("9:00", 9, 0)]
    [InlineData("21:30", 21, 30)]
    [InlineData("25:00", null, null)]
    [InlineData("9h", null, null)]
    public void ParseTime_Text_Reads24HourTimes(string text, int? hour, int? minute) =>
        Assert.Equal(hour is null ? null : new LocalTime(hour.Value, minute!.Value), Show.ParseTime(text));

    [Theory]
    [InlineData("28", "28")]
    [InlineData(" 17,5 ", "17.5")]
    [InlineData("17.5", "17.5")]
    [InlineData("35 h", "35")]
    [InlineData("-3", null)]
    [InlineData("1 000", null)]
    [InlineData("vingt", null)]
    public void ParseHours_Text_ReadsCommaOrPointDecimals(string text, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Show.ParseHours(text));

    [Fact]
    public void Ranges_TouchingSlots_AreJoined()
    {
        var slots = new[] { (9, 0, 9, 30), (9, 30, 10, 0), (14, 0, 14, 30) }
            .Select(s => (new LocalTime(s.Item1, s.Item2), new LocalTime(s.Item3, s.Item4)));

        Assert.Equal(["09:00–10:00", "14:00–14:30"], Show.Ranges(slots));
    }
}
