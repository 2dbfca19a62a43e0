using System.Globalization;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;

namespace Scheduler.Tests.Pages;

public sealed class DemandHeatMapTests
{
    [Fact]
    public void Shades_EveryPair_MeetsWcagAaContrast()
    {
        // WCAG 2.1 relative luminance and contrast ratio, computed here rather than trusted from the colour choice.
        foreach (var (background, text) in DemandHeatMap.Shades)
        {
            var (light, dark) = (Math.Max(Luminance(background), Luminance(text)), Math.Min(Luminance(background), Luminance(text)));
            Assert.True((light + 0.05) / (dark + 0.05) >= 4.5, $"{text} on {background}");
        }
    }

    [Fact]
    public void Build_RowsOfTwoChannels_SumsPerCellAndLevelsByValue()
    {
        var map = DemandHeatMap.Build(
        [
            Row(IsoDayOfWeek.Tuesday, 10, 0, "phone", 5),
            Row(IsoDayOfWeek.Tuesday, 10, 0, "chat", 3),
            Row(IsoDayOfWeek.Friday, 9, 0, "phone", 1),
        ]);

        Assert.Equal(22, map.Slots.Count);
        Assert.Equal(IsoDayOfWeek.Monday, map.Days[0].Day);
        Assert.Equal(8, map.Days[1].Listeners[2]);
        Assert.Equal(8, map.Max);
        Assert.Equal(4, map.Days[1].ListenerHours);
        Assert.Equal(0, map.Level(0));
        Assert.Equal(1, map.Level(1));
        Assert.Equal(DemandHeatMap.Shades.Count - 1, map.Level(8));
        // The legend covers 0 to the maximum without gaps or overlaps.
        var legend = map.Legend();
        Assert.Equal(Enumerable.Range(0, 9), legend.SelectMany(e => Enumerable.Range(e.From, e.To - e.From + 1)));
    }

    private static DemandEntity Row(IsoDayOfWeek day, int hour, int minute, string channel, int listeners) =>
        new() { Id = Guid.NewGuid(), Day = day, SlotStart = new LocalTime(hour, minute), Channel = channel, RequiredListeners = listeners };

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
