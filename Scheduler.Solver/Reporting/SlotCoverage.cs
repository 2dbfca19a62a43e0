using NodaTime;

namespace Scheduler.Solver.Reporting;

/// <summary>Cover of one open slot [<see cref="Start"/>, <see cref="End"/>) of a date against its need.</summary>
/// <param name="Demand">Listeners the demand asks for, summed over channels (0 when the slot has no demand entry).</param>
/// <param name="Needed">Listeners needed: the demand, and never fewer than the floor minimum of trained listeners.</param>
/// <param name="TrainedListeners">Trained, qualified listeners on duty for the whole slot (not on break in it).</param>
/// <param name="Managers">Managers on duty for the whole slot.</param>
public sealed record SlotCoverage(LocalDate Date, LocalTime Start, LocalTime End, int Demand, int Needed, int TrainedListeners, int Managers)
{
    /// <summary>Listeners missing in the slot.</summary>
    public int Shortfall => Math.Max(0, Needed - TrainedListeners);

    /// <summary>Listeners beyond the need.</summary>
    public int Surplus => Math.Max(0, TrainedListeners - Needed);

    public Duration Length => Period.Between(Start, End).ToDuration();
}
