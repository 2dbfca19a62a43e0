using NodaTime;

namespace Scheduler.Solver.Reporting;

/// <summary>Listener-hours missing on one date: the sum over its open slots of missing listeners × slot length.</summary>
public sealed record DailyShortfall(LocalDate Date, double ListenerHours, int ShortSlots);
