using NodaTime;

namespace Scheduler.Solver.Quality;

/// <summary>
/// One half-hour of the local clock, [<see cref="Start"/>, <see cref="End"/>). Keyed by its start instant, so the
/// two 02:00–02:30 half-hours of an autumn daylight-saving night are two distinct intervals with the same local label.
/// </summary>
public readonly record struct HalfHour(Instant Start, LocalDate Date, LocalTime LocalStart)
{
    public static Duration Length { get; } = Duration.FromMinutes(30);

    public Instant End => Start + Length;

    /// <summary>The half-hour of the local clock that contains <paramref name="instant"/>.</summary>
    public static HalfHour Containing(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        var floor = new LocalTime(local.Hour, local.Minute < 30 ? 0 : 30);
        var intoSlot = Period.Between(floor, local.TimeOfDay, PeriodUnits.Nanoseconds).Nanoseconds;
        return new HalfHour(instant - Duration.FromNanoseconds(intoSlot), local.Date, floor);
    }

    /// <summary>
    /// Every half-hour of a local date, in order: 48 on most days, 46 on the spring-forward day, 50 on the fall-back day.
    /// </summary>
    public static IReadOnlyList<HalfHour> Of(LocalDate date, DateTimeZone zone) => Between(
        date.AtStartOfDayInZone(zone).ToInstant(), date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant(), zone);

    /// <summary>Every half-hour that starts in [<paramref name="from"/>, <paramref name="to"/>); <paramref name="from"/> is first floored to its half-hour.</summary>
    public static IReadOnlyList<HalfHour> Between(Instant from, Instant to, DateTimeZone zone)
    {
        var result = new List<HalfHour>();
        for (var start = Containing(from, zone).Start; start < to; start += Length)
        {
            result.Add(Containing(start, zone));
        }

        return result;
    }
}
