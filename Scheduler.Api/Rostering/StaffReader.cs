using Scheduler.Solver.Domain;
using static Scheduler.Api.Rostering.FieldReader;

namespace Scheduler.Api.Rostering;

/// <summary>Reads and writes the <c>staff</c> elements of a rota file.</summary>
internal static class StaffReader
{
    public static StaffMember Read(StaffDto? dto, int index, IReadOnlySet<string> shiftIds)
    {
        var field = $"staff[{index}]";
        dto = Require(dto, field);
        var weeklyMinutes = Minutes(Require(dto.WeeklyHours, $"{field}.weeklyHours"), $"{field}.weeklyHours");
        if (weeklyMinutes == 0)
        {
            throw new RotaFormatException($"{field}.weeklyHours", "must be more than 0");
        }

        var extraMinutes = dto.ExtraHoursAllowed is { } extra ? Minutes(extra, $"{field}.extraHoursAllowed") : 0;
        return new StaffMember(
            RequireText(dto.Id, $"{field}.id"),
            dto.Name ?? string.Empty,
            Enum<StaffRole>(dto.Role, $"{field}.role"),
            new Contract(weeklyMinutes, extraMinutes),
            (dto.Channels ?? []).Select((c, i) => RequireText(c, $"{field}.channels[{i}]")).ToList(),
            dto.Trained ?? false,
            OptionalDate(dto.QualifiedUntil, $"{field}.qualifiedUntil"),
            (dto.Absences ?? []).Select((a, i) => ReadAbsence(a, $"{field}.absences[{i}]")).ToList(),
            (dto.Preferences ?? []).Select((p, i) => ReadPreference(p, $"{field}.preferences[{i}]", shiftIds)).ToList())
        {
            Limits = WorkLimitsReader.Read(dto.Limits, $"{field}.limits", shiftIds),
            CarriedMinutes = dto.CarriedHours is { } carried ? SignedMinutes(carried, $"{field}.carriedHours") : 0,
        };
    }

    public static StaffDto Write(StaffMember person) => new()
    {
        Id = person.Id,
        Name = person.Name,
        Role = person.Role.ToString(),
        WeeklyHours = Hours(person.Contract.WeeklyMinutes),
        ExtraHoursAllowed = Hours(person.Contract.ExtraMinutesAllowed),
        CarriedHours = person.CarriedMinutes == 0 ? null : Hours(person.CarriedMinutes),
        Channels = [.. person.Channels],
        Trained = person.IsTrained,
        QualifiedUntil = person.QualifiedUntil is { } until ? FormatDate(until) : null,
        Absences = person.Absences.Select(a => new AbsenceDto { From = FormatDate(a.From), To = FormatDate(a.To), Kind = a.Kind.ToString() }).ToList(),
        Preferences = person.Preferences.Select(p => new PreferenceDto
        {
            Kind = p.Kind.ToString(),
            Date = p.Date is { } date ? FormatDate(date) : null,
            Day = p.Day?.ToString(),
            Weight = p.Weight,
            ShiftId = p.ShiftId,
        }).ToList(),
        Limits = WorkLimitsReader.Write(person.Limits),
    };

    private static Absence ReadAbsence(AbsenceDto? dto, string field)
    {
        dto = Require(dto, field);
        var from = Date(dto.From, $"{field}.from");
        var to = Date(dto.To, $"{field}.to");
        if (to < from)
        {
            throw new RotaFormatException($"{field}.to", $"{FormatDate(to)} is before from {FormatDate(from)}");
        }

        return new Absence(from, to, dto.Kind is null ? AbsenceKind.Unavailable : Enum<AbsenceKind>(dto.Kind, $"{field}.kind"));
    }

    private static Preference ReadPreference(PreferenceDto? dto, string field, IReadOnlySet<string> shiftIds)
    {
        dto = Require(dto, field);
        var weight = dto.Weight ?? 1;
        if (weight is < 1 or > 5)
        {
            throw new RotaFormatException($"{field}.weight", $"{weight} is not between 1 and 5");
        }

        var kind = Enum<PreferenceKind>(dto.Kind, $"{field}.kind");
        var namesShift = kind is PreferenceKind.WantShift or PreferenceKind.AvoidShift;
        if (!namesShift && dto.ShiftId is not null)
        {
            throw new RotaFormatException($"{field}.shiftId", $"only a WantShift or AvoidShift preference names a shift, not {kind}");
        }

        return new Preference(
            kind,
            OptionalDate(dto.Date, $"{field}.date"),
            dto.Day is null ? null : Enum<NodaTime.IsoDayOfWeek>(dto.Day, $"{field}.day"),
            weight)
        {
            ShiftId = namesShift ? NamedShiftsReader.KnownShift(dto.ShiftId, $"{field}.shiftId", shiftIds) : null,
        };
    }
}
