using NodaTime;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// One date of the horizon on the time grid: its open slots, its shift templates and the slots a break may start in.
/// Slots are counted from local midnight; slot <c>k</c> is [k × slot, (k + 1) × slot).
/// </summary>
public sealed class DayGrid
{
    public DayGrid(int index, LocalDate date, int openSlot, int closeSlot, IReadOnlyList<ShiftTemplate> templates, int slotMinutes)
    {
        Index = index;
        Date = date;
        OpenSlot = openSlot;
        CloseSlot = closeSlot;
        Templates = templates;
        SlotMinutes = slotMinutes;
        BreakSlots = [.. templates.Where(t => t.NeedsBreak)
            .SelectMany(t => Enumerable.Range(t.BreakEarliest, Math.Max(0, t.BreakLatest - t.BreakEarliest + 1)))
            .Distinct().Order()];
    }

    /// <summary>Position of the date in the horizon, 0 for the first Monday.</summary>
    public int Index { get; }

    public LocalDate Date { get; }

    /// <summary>First open slot; equal to <see cref="CloseSlot"/> on a closed day.</summary>
    public int OpenSlot { get; }

    /// <summary>First slot after closing (exclusive).</summary>
    public int CloseSlot { get; }

    public bool IsOpen => CloseSlot > OpenSlot;

    public IReadOnlyList<ShiftTemplate> Templates { get; }

    /// <summary>Every slot in which some break of the day may start, ascending.</summary>
    public IReadOnlyList<int> BreakSlots { get; }

    public int SlotMinutes { get; }

    /// <summary>The template of the named shift definition on this date, or null when the problem has none or it does not fit.</summary>
    public ShiftTemplate? Named(string definitionId) => Templates.FirstOrDefault(t => t.DefinitionId == definitionId);

    public IEnumerable<int> OpenSlots => Enumerable.Range(OpenSlot, CloseSlot - OpenSlot);

    public LocalDateTime SlotStart(int slot) => Date.AtMidnight().PlusMinutes((long)slot * SlotMinutes);

    /// <summary>The instant a slot boundary falls on, in elapsed time (a daylight-saving night is handled right).</summary>
    public Instant SlotInstant(int slot, DateTimeZone zone) => SlotStart(slot).InZoneLeniently(zone).ToInstant();

    public LocalTime SlotTime(int slot) => SlotStart(slot).TimeOfDay;
}
