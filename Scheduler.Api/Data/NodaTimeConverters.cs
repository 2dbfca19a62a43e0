using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Scheduler.Api.Data;

/// <summary>Instants are stored as UTC date-times (datetime2 on SQL Server, ISO text on SQLite, which sorts correctly).</summary>
public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    stored => Instant.FromDateTimeUtc(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));

public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    date => date.ToDateOnly(),
    stored => LocalDate.FromDateOnly(stored));

public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    time => time.ToTimeOnly(),
    stored => LocalTime.FromTimeOnly(stored));

/// <summary>Durations are stored as ticks (100 ns), which both providers keep exactly as a 64-bit integer.</summary>
public sealed class DurationConverter() : ValueConverter<Duration, long>(
    duration => duration.BclCompatibleTicks,
    ticks => Duration.FromTicks(ticks));
