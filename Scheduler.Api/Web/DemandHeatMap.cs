using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Web;

/// <summary>
/// The demand page's heat map: listeners needed per weekday (Monday first) × open half-hour (09:00–19:30), summed over
/// channels, with each cell's shade level and each day's total in listener-hours. Pure: the page hands it the weekly rows.
/// </summary>
public sealed class DemandHeatMap
{
    public static readonly LocalTime Open = new(9, 0);
    public static readonly LocalTime Close = new(20, 0);

    /// <summary>Cell colours, lightest first: dark text on the light shades, white on the dark ones (each pair ≥ 4.5:1).</summary>
    public static readonly IReadOnlyList<(string Background, string Text)> Shades =
    [
        ("#f4f7fb", "#1f2328"),
        ("#d3e5f5", "#1f2328"),
        ("#93bfe3", "#1f2328"),
        ("#2f6fae", "#ffffff"),
        ("#0b3a66", "#ffffff"),
    ];

    private DemandHeatMap(IReadOnlyList<LocalTime> slots, IReadOnlyList<DayRow> days, int max)
    {
        Slots = slots;
        Days = days;
        Max = max;
    }

    /// <summary>One weekday: listeners per half-hour of <see cref="Slots"/>, and the day's listener-hours.</summary>
    public sealed record DayRow(IsoDayOfWeek Day, IReadOnlyList<int> Listeners)
    {
        public double ListenerHours => Listeners.Sum() / 2.0;
    }

    /// <summary>Values drawn in one shade, for the legend.</summary>
    public sealed record LegendEntry(int Level, int From, int To);

    public IReadOnlyList<LocalTime> Slots { get; }

    public IReadOnlyList<DayRow> Days { get; }

    /// <summary>The largest cell value (at least 1, so a week without demand still has a scale).</summary>
    public int Max { get; }

    public static DemandHeatMap Build(IEnumerable<DemandEntity> weeklyRows)
    {
        ArgumentNullException.ThrowIfNull(weeklyRows);
        var needed = weeklyRows.GroupBy(r => (r.Day, r.SlotStart)).ToDictionary(g => g.Key, g => g.Sum(r => r.RequiredListeners ?? 0));
        var slots = new List<LocalTime>();
        for (var t = Open; t < Close; t = t.PlusMinutes(30))
        {
            slots.Add(t);
        }

        var days = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d)
            .Select(day => new DayRow(day, [.. slots.Select(s => needed.GetValueOrDefault((day, s)))]))
            .ToList();
        return new DemandHeatMap(slots, days, Math.Max(1, days.SelectMany(d => d.Listeners).DefaultIfEmpty(0).Max()));
    }

    /// <summary>Shade of a value: 0 for none, then four equal bands of 1..<see cref="Max"/>.</summary>
    public int Level(int listeners) =>
        listeners <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(listeners * (Shades.Count - 1) / (double)Max), 1, Shades.Count - 1);

    /// <summary>The inline style of a value's cell (the colours live here so that their contrast is tested).</summary>
    public string Style(int listeners)
    {
        var (background, text) = Shades[Level(listeners)];
        return $"background:{background};color:{text}";
    }

    /// <summary>The shades in use and the values each stands for.</summary>
    public IReadOnlyList<LegendEntry> Legend() =>
    [
        new LegendEntry(0, 0, 0),
        .. Enumerable.Range(1, Max).GroupBy(Level).Select(g => new LegendEntry(g.Key, g.Min(), g.Max())),
    ];
}
