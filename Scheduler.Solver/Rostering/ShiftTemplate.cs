namespace Scheduler.Solver.Rostering;

/// <summary>
/// A candidate shift on one date of the grid: slots [<see cref="StartSlot"/>, <see cref="EndSlot"/>) counted from local midnight.
/// A template long enough to need a break carries the window of grid slots where its break may start.
/// </summary>
/// <param name="PaidMinutes">Length minus the unpaid break, in minutes.</param>
/// <param name="BreakEarliest">First slot the break may start in, or -1 when no break is needed.</param>
/// <param name="BreakLatest">Last slot the break may start in (inclusive); below <paramref name="BreakEarliest"/> when no placement fits.</param>
/// <param name="IsCatalogue">False for a shift added only because a manager pinned it; rules may then forbid it.</param>
/// <param name="DefinitionId">The <see cref="Domain.ShiftDefinition"/> this template is, when the problem has a named catalogue.</param>
public sealed record ShiftTemplate(
    int Index,
    int StartSlot,
    int LengthSlots,
    int PaidMinutes,
    bool NeedsBreak,
    int BreakEarliest,
    int BreakLatest,
    bool IsCatalogue,
    string? DefinitionId = null)
{
    public int EndSlot => StartSlot + LengthSlots;

    public bool Covers(int slot) => slot >= StartSlot && slot < EndSlot;

    public bool BreakMayStartAt(int slot) => NeedsBreak && slot >= BreakEarliest && slot <= BreakLatest;
}
