using NodaTime;
using Scheduler.Solver.Domain;
using static Scheduler.Api.Rostering.FieldReader;

namespace Scheduler.Api.Rostering;

/// <summary>Reads and writes the named shift catalogue (<c>shifts</c>) and the cover per named shift (<c>shiftCover</c>).</summary>
internal static class NamedShiftsReader
{
    private const int MinutesPerDay = 24 * 60;

    public static List<ShiftDefinition> ReadShifts(List<ShiftDefinitionDto?>? items)
    {
        var shifts = new List<ShiftDefinition>();
        foreach (var (item, i) in (items ?? []).Select((item, i) => (item, i)))
        {
            var field = $"shifts[{i}]";
            var dto = Require(item, field);
            var id = RequireText(dto.Id, $"{field}.id");
            var start = TimeOfDay(dto.Start, $"{field}.start");
            var end = TimeOfDay(dto.End, $"{field}.end");
            // A shift ends by midnight (00:00 is the end of the day); night shifts across midnight are not supported.
            var minutes = (end == LocalTime.Midnight ? MinutesPerDay : MinuteOfDay(end)) - MinuteOfDay(start);
            if (minutes <= 0)
            {
                throw new RotaFormatException($"{field}.end", $"{FormatTime(end)} is not after start {FormatTime(start)}");
            }

            if (shifts.Any(s => s.Id == id))
            {
                throw new RotaFormatException($"{field}.id", $"'{id}' is used twice");
            }

            // A worked shift is recognised by its start and end, so two definitions may not share them.
            if (shifts.FirstOrDefault(s => s.Start == start && s.End == end) is { } twin)
            {
                throw new RotaFormatException($"{field}.end", $"{FormatTime(start)}-{FormatTime(end)} is already shift '{twin.Id}'");
            }

            shifts.Add(new ShiftDefinition(id, start, NodaTime.Duration.FromMinutes(minutes)));
        }

        return shifts;
    }

    public static List<ShiftCover> ReadCover(List<ShiftCoverDto?>? items, IReadOnlySet<string> shiftIds) =>
        [.. (items ?? []).Select((item, i) =>
        {
            var field = $"shiftCover[{i}]";
            var dto = Require(item, field);
            return new ShiftCover(
                Date(dto.Date, $"{field}.date"),
                KnownShift(dto.ShiftId, $"{field}.shiftId", shiftIds),
                NonNegative(Require(dto.Required, $"{field}.required"), $"{field}.required"),
                NonNegative(Require(dto.UnderWeight, $"{field}.underWeight"), $"{field}.underWeight"),
                NonNegative(Require(dto.OverWeight, $"{field}.overWeight"), $"{field}.overWeight"));
        })];

    /// <summary>The id, when it names a shift of the catalogue.</summary>
    public static string KnownShift(string? id, string field, IReadOnlySet<string> shiftIds)
    {
        var text = RequireText(id, field);
        return shiftIds.Contains(text) ? text : throw new RotaFormatException(field, $"'{text}' is not in shifts");
    }

    public static List<ShiftDefinitionDto>? WriteShifts(IReadOnlyList<ShiftDefinition> shifts) =>
        shifts.Count == 0 ? null : [.. shifts.Select(s => new ShiftDefinitionDto { Id = s.Id, Start = FormatTime(s.Start), End = FormatTime(s.End) })];

    public static List<ShiftCoverDto>? WriteCover(IReadOnlyList<ShiftCover> cover) =>
        cover.Count == 0 ? null : [.. cover.Select(c => new ShiftCoverDto
        {
            Date = FormatDate(c.Date),
            ShiftId = c.ShiftId,
            Required = c.Required,
            UnderWeight = c.UnderWeight,
            OverWeight = c.OverWeight,
        })];

    private static int MinuteOfDay(LocalTime time) => (time.Hour * 60) + time.Minute;
}
