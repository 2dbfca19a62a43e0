using Scheduler.Solver.Domain;
using static Scheduler.Api.Rostering.FieldReader;

namespace Scheduler.Api.Rostering;

/// <summary>Turns the JSON shape into domain types, checking every field and naming the first bad one.</summary>
internal static class RotaFileReader
{
    public static RotaFile Read(RotaFileDto dto)
    {
        var start = Date(dto.Start, "start");
        if (start.DayOfWeek != NodaTime.IsoDayOfWeek.Monday)
        {
            throw new RotaFormatException("start", $"{FormatDate(start)} is a {start.DayOfWeek}, not a Monday");
        }

        var weeks = Require(dto.Weeks, "weeks");
        if (weeks is < 1 or > 6)
        {
            throw new RotaFormatException("weeks", $"{weeks} is not between 1 and 6");
        }

        var shifts = NamedShiftsReader.ReadShifts(dto.Shifts!);
        var shiftIds = shifts.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var staff = Require(dto.Staff, "staff").Select((person, i) => StaffReader.Read(person, i, shiftIds)).ToList();
        var duplicate = staff.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var index = staff.FindLastIndex(s => s.Id == duplicate.Key);
            throw new RotaFormatException($"staff[{index}].id", $"'{duplicate.Key}' is used twice");
        }

        var ids = staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var problem = new RotaProblem(
            start,
            weeks,
            staff,
            List(dto.Opening, "opening", ReadOpening),
            List(dto.Demand, "demand", ReadDemand),
            Assignments(dto.History, "history", ids),
            Assignments(dto.Reference, "reference", ids),
            Assignments(dto.Pinned, "pinned", ids),
            RulesReader.Read(dto.Rules, shiftIds),
            RulesReader.Read(dto.Weights))
        {
            Holidays = List(dto.Holidays, "holidays", (text, field) => Date(text, field)).ToHashSet(),
            Shifts = shifts,
            ShiftCover = NamedShiftsReader.ReadCover(dto.ShiftCover!, shiftIds),
            FairnessFrom = dto.FairnessFrom is null ? null : ReadFairnessFrom(dto.FairnessFrom, start),
            ReferencePeriodEnd = dto.ReferencePeriodEnd is null ? null : ReadReferencePeriodEnd(dto.ReferencePeriodEnd, start),
            ReferencePeriodWeeks = ReadReferencePeriodWeeks(dto),
        };
        CheckGrid(problem);
        return new RotaFile(problem, Assignments(dto.Assignments, "assignments", ids), dto.Assignments is not null, dto.Summary);
    }

    /// <summary>
    /// Opening hours, the need's half-hours, named shifts' starts and pinned shifts on the rules' time grid, which the solver plans on (a rota's
    /// own shifts, the history and a published rota may be off it: those are checked, or replaced, not planned on).
    /// </summary>
    private static void CheckGrid(RotaProblem problem)
    {
        var minutes = (int)problem.Rules.SlotLength.TotalMinutes;
        void Check(NodaTime.LocalTime time, string field)
        {
            if (Scheduler.Solver.Rostering.RotaGrid.SlotOf(time, minutes) is null)
            {
                throw new RotaFormatException(field, $"{FormatTime(time)} is not on the {minutes}-minute grid (slotMinutes)");
            }
        }

        foreach (var (opening, i) in problem.Opening.Select((o, i) => (o, i)))
        {
            Check(opening.Open, $"opening[{i}].open");
            Check(opening.Close, $"opening[{i}].close");
        }

        foreach (var (slot, i) in problem.Demand.Select((d, i) => (d, i)))
        {
            Check(slot.Start, $"demand[{i}].start");
        }

        foreach (var (shift, i) in problem.Shifts.Select((d, i) => (d, i)))
        {
            Check(shift.Start, $"shifts[{i}].start");
        }

        foreach (var (pin, i) in problem.Pinned.Select((a, i) => (a, i)))
        {
            Check(pin.Start, $"pinned[{i}].start");
            Check(pin.End, $"pinned[{i}].end");
        }
    }

    private static List<TOut> List<TIn, TOut>(IEnumerable<TIn?>? items, string field, Func<TIn, string, TOut> read)
        where TIn : class =>
        items is null ? [] : items.Select((item, i) => read(Require(item, $"{field}[{i}]"), $"{field}[{i}]")).ToList();

    /// <summary>A Sunday on or after the horizon's first: the end of the reference period holding its first week.</summary>
    private static NodaTime.LocalDate ReadReferencePeriodEnd(string text, NodaTime.LocalDate start)
    {
        var end = Date(text, "referencePeriodEnd");
        var firstSunday = start.PlusDays(6);
        return end >= firstSunday && end.DayOfWeek == NodaTime.IsoDayOfWeek.Sunday
            ? end
            : throw new RotaFormatException("referencePeriodEnd", $"{FormatDate(end)} is not a Sunday on or after the horizon's first Sunday {FormatDate(firstSunday)}");
    }

    /// <summary>The length of the periods after the first, 2 to 12 weeks, and only with <c>referencePeriodEnd</c>; 0 when not given.</summary>
    private static int ReadReferencePeriodWeeks(RotaFileDto dto) => dto.ReferencePeriodWeeks switch
    {
        null => 0,
        _ when dto.ReferencePeriodEnd is null => throw new RotaFormatException("referencePeriodWeeks", "needs referencePeriodEnd"),
        >= 2 and <= 12 and var weeks => weeks,
        var weeks => throw new RotaFormatException("referencePeriodWeeks", $"{weeks} is not between 2 and 12"),
    };

    private static NodaTime.LocalDate ReadFairnessFrom(string text, NodaTime.LocalDate start)
    {
        var from = Date(text, "fairnessFrom");
        return from <= start ? from : throw new RotaFormatException("fairnessFrom", $"{FormatDate(from)} is after start {FormatDate(start)}");
    }

    private static OpeningHours ReadOpening(OpeningDto dto, string field)
    {
        var opening = new OpeningHours(Date(dto.Date, $"{field}.date"), TimeOfDay(dto.Open, $"{field}.open"), TimeOfDay(dto.Close, $"{field}.close"));
        return opening.Close > opening.Open
            ? opening
            : throw new RotaFormatException($"{field}.close", $"{FormatTime(opening.Close)} is not after open {FormatTime(opening.Open)}");
    }

    private static DemandSlot ReadDemand(DemandDto dto, string field) =>
        new(
            Date(dto.Date, $"{field}.date"),
            TimeOfDay(dto.Start, $"{field}.start"),
            RequireText(dto.Channel, $"{field}.channel"),
            NonNegative(Require(dto.Required, $"{field}.required"), $"{field}.required"));

    private static List<Assignment> Assignments(List<AssignmentDto>? items, string field, HashSet<string> staffIds) =>
        List(items, field, (dto, path) => ReadAssignment(dto, path, staffIds));

    private static Assignment ReadAssignment(AssignmentDto dto, string field, HashSet<string> staffIds)
    {
        var staffId = RequireText(dto.StaffId, $"{field}.staffId");
        if (!staffIds.Contains(staffId))
        {
            throw new RotaFormatException($"{field}.staffId", $"'{staffId}' is not in staff");
        }

        var start = TimeOfDay(dto.Start, $"{field}.start");
        var end = TimeOfDay(dto.End, $"{field}.end");
        if (end <= start)
        {
            throw new RotaFormatException($"{field}.end", $"{FormatTime(end)} is not after start {FormatTime(start)}");
        }

        var breakStart = OptionalTime(dto.BreakStart, $"{field}.breakStart");
        var breakEnd = OptionalTime(dto.BreakEnd, $"{field}.breakEnd");
        if ((breakStart is null) != (breakEnd is null))
        {
            throw new RotaFormatException(breakStart is null ? $"{field}.breakStart" : $"{field}.breakEnd", "a break needs both breakStart and breakEnd, or neither");
        }

        if (breakStart is { } bs && breakEnd is { } be && !(bs >= start && be > bs && be <= end))
        {
            throw new RotaFormatException($"{field}.breakStart", $"break {FormatTime(bs)}-{FormatTime(be)} is not inside the shift {FormatTime(start)}-{FormatTime(end)}");
        }

        return new Assignment(staffId, Date(dto.Date, $"{field}.date"), start, end, breakStart, breakEnd);
    }
}
