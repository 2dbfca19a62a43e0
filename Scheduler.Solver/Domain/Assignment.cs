using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>
/// One shift of one person on one local date (Europe/Paris): [<see cref="Start"/>, <see cref="End"/>),
/// with an unpaid break [<see cref="BreakStart"/>, <see cref="BreakEnd"/>) inside it when the shift is long enough to need one.
/// </summary>
public sealed record Assignment(string StaffId, LocalDate Date, LocalTime Start, LocalTime End, LocalTime? BreakStart = null, LocalTime? BreakEnd = null)
{
    public Duration Length => Period.Between(Start, End).ToDuration();

    public Duration BreakLength => BreakStart is { } s && BreakEnd is { } e ? Period.Between(s, e).ToDuration() : Duration.Zero;

    /// <summary>Paid time: the shift minus its unpaid break.</summary>
    public Duration PaidTime => Length - BreakLength;

    /// <summary>True when the person is on the floor (working, not on break) at <paramref name="time"/>.</summary>
    public bool IsOnDutyAt(LocalTime time) =>
        time >= Start && time < End && !(BreakStart is { } s && BreakEnd is { } e && time >= s && time < e);

    public Instant StartInstant(DateTimeZone zone) => Date.At(Start).InZoneLeniently(zone).ToInstant();

    public Instant EndInstant(DateTimeZone zone) => Date.At(End).InZoneLeniently(zone).ToInstant();
}
