using NodaTime;

namespace Scheduler.Solver.Forecasting;

/// <summary>
/// Expected calls of one channel per weekday × half-hour of local time (Europe/Paris): 7 × 48 slots, Monday 00:00 first.
/// A slot [s, s + 30 min) is named by its local start time; on a daylight-saving night the local hours 02:00–03:00
/// either do not happen or happen twice, and their calls fall in the same slots as on any other day.
/// </summary>
public sealed class WeeklyDemandProfile
{
    public const int SlotsPerDay = 48;

    public const int SlotCount = 7 * SlotsPerDay;

    private readonly double[] calls;

    /// <param name="callsPerSlot">Exactly <see cref="SlotCount"/> finite numbers, 0 or more, Monday 00:00, Monday 00:30 … Sunday 23:30.</param>
    public WeeklyDemandProfile(IEnumerable<double> callsPerSlot)
    {
        calls = callsPerSlot.ToArray();
        if (calls.Length != SlotCount)
        {
            throw new ArgumentException($"A weekly profile has {SlotCount} half-hour slots, not {calls.Length}.", nameof(callsPerSlot));
        }

        if (calls.Any(c => !double.IsFinite(c) || c < 0))
        {
            throw new ArgumentException("Calls per slot must be finite and 0 or more.", nameof(callsPerSlot));
        }
    }

    public static Duration SlotLength { get; } = Duration.FromMinutes(30);

    public double WeeklyTotal => calls.Sum();

    /// <summary>Calls in the half-hour slot that contains <paramref name="time"/> on <paramref name="day"/>.</summary>
    public double CallsAt(IsoDayOfWeek day, LocalTime time) => calls[Index(day, SlotOf(time))];

    /// <summary>The calls of every slot, Monday 00:00 first (a copy).</summary>
    public double[] ToArray() => (double[])calls.Clone();

    public double DailyTotal(IsoDayOfWeek day) => calls.AsSpan(Index(day, 0), SlotsPerDay).ToArray().Sum();

    /// <summary>0 for 00:00–00:30 up to 47 for 23:30–24:00.</summary>
    public static int SlotOf(LocalTime time) => (time.Hour * 2) + (time.Minute / 30);

    public static LocalTime SlotStart(int slot) => new(slot / 2, slot % 2 * 30);

    /// <summary>Position of a slot in the Monday-first array.</summary>
    public static int Index(IsoDayOfWeek day, int slot)
    {
        ArgumentOutOfRangeException.ThrowIfEqual((int)day, (int)IsoDayOfWeek.None, nameof(day));
        return (((int)day - 1) * SlotsPerDay) + slot;
    }
}
