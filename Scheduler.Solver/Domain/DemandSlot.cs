using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>Listeners needed on one channel during the slot [<see cref="Start"/>, Start + slot length) of a date.</summary>
public sealed record DemandSlot(LocalDate Date, LocalTime Start, string Channel, int RequiredListeners);
