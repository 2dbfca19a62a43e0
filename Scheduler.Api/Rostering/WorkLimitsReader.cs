using Scheduler.Solver.Domain;
using static Scheduler.Api.Rostering.FieldReader;

namespace Scheduler.Api.Rostering;

/// <summary>Reads and writes a staff member's <c>limits</c> (work-pattern limits over the horizon); absent means none.</summary>
internal static class WorkLimitsReader
{
    public static WorkLimits Read(WorkLimitsDto? dto, string field, IReadOnlySet<string> shiftIds)
    {
        if (dto is null)
        {
            return WorkLimits.None;
        }

        var maxShifts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, limit) in dto.MaxShifts ?? [])
        {
            maxShifts[NamedShiftsReader.KnownShift(id, $"{field}.maxShifts", shiftIds)] = NonNegative(limit, $"{field}.maxShifts.{id}");
        }

        var limits = new WorkLimits
        {
            MaxConsecutiveWorkDays = Days(dto.MaxConsecutiveWorkDays, $"{field}.maxConsecutiveWorkDays"),
            MinConsecutiveWorkDays = Days(dto.MinConsecutiveWorkDays, $"{field}.minConsecutiveWorkDays"),
            MinConsecutiveDaysOff = Days(dto.MinConsecutiveDaysOff, $"{field}.minConsecutiveDaysOff"),
            MaxWeekends = dto.MaxWeekends is { } weekends ? NonNegative(weekends, $"{field}.maxWeekends") : null,
            MinWorkedMinutes = dto.MinWorkedHours is { } min ? Minutes(min, $"{field}.minWorkedHours") : null,
            MaxWorkedMinutes = dto.MaxWorkedHours is { } max ? Minutes(max, $"{field}.maxWorkedHours") : null,
        };
        limits = maxShifts.Count == 0 ? limits : limits with { MaxShiftsPerDefinition = maxShifts };
        if (limits.MinWorkedMinutes > limits.MaxWorkedMinutes)
        {
            throw new RotaFormatException($"{field}.minWorkedHours", "is more than maxWorkedHours");
        }

        return limits;
    }

    public static WorkLimitsDto? Write(WorkLimits limits) => !limits.Any ? null : new()
    {
        MaxConsecutiveWorkDays = limits.MaxConsecutiveWorkDays,
        MinConsecutiveWorkDays = limits.MinConsecutiveWorkDays,
        MinConsecutiveDaysOff = limits.MinConsecutiveDaysOff,
        MaxWeekends = limits.MaxWeekends,
        MaxShifts = limits.MaxShiftsPerDefinition.Count == 0 ? null : limits.MaxShiftsPerDefinition.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        MinWorkedHours = limits.MinWorkedMinutes is { } min ? Hours(min) : null,
        MaxWorkedHours = limits.MaxWorkedMinutes is { } max ? Hours(max) : null,
    };

    private static int? Days(int? value, string field) =>
        value is { } days ? (days >= 1 ? days : throw new RotaFormatException(field, $"{days} must be at least 1")) : null;
}
