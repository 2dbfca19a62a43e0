using System.Globalization;

namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>
/// Reads the benchmark's plain-text format: <c>SECTION_...</c> headers, <c>#</c> comments, comma-separated fields,
/// <c>|</c>-separated lists; a blank line ends a section's data. CRLF and LF line endings are both accepted.
/// The caller reads the file; this class only parses text, so the solver library stays free of I/O.
/// </summary>
public static class InstanceLoader
{
    private static readonly string[] SectionOrder =
        ["HORIZON", "SHIFTS", "STAFF", "DAYS_OFF", "SHIFT_ON_REQUESTS", "SHIFT_OFF_REQUESTS", "COVER"];

    public static Instance Parse(string text, string name = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = Sections(text);
        var horizon = Single(sections, "HORIZON");
        var days = Int(horizon.Fields[0], horizon.Number, "horizon");
        if (days <= 0 || days % 7 != 0)
        {
            throw new InstanceFormatException(horizon.Number, $"horizon {days} is not a positive whole number of weeks");
        }

        var shifts = sections["SHIFTS"].Select(ReadShift).ToList();
        var shiftIds = shifts.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (shift, line) in shifts.Zip(sections["SHIFTS"]))
        {
            var unknown = shift.CannotFollow.FirstOrDefault(id => !shiftIds.Contains(id));
            if (unknown is not null)
            {
                throw new InstanceFormatException(line.Number, $"shift {shift.Id} cannot be followed by unknown shift '{unknown}'");
            }
        }

        var employees = sections["STAFF"].Select(line => ReadEmployee(line, shiftIds)).ToList();
        var employeeIds = employees.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var daysOff = sections["DAYS_OFF"]
            .Select(line => (Id: Known(line.Fields[0], employeeIds, line.Number, "employee"), Days: line.Fields.Skip(1).Select(f => Day(f, days, line.Number)).ToHashSet()))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.SelectMany(x => x.Days).ToHashSet(), StringComparer.Ordinal);
        return new Instance(
            name,
            days,
            shifts,
            employees,
            daysOff,
            sections["SHIFT_ON_REQUESTS"].Select(line => ReadRequest(line, employeeIds, shiftIds, days)).ToList(),
            sections["SHIFT_OFF_REQUESTS"].Select(line => ReadRequest(line, employeeIds, shiftIds, days)).ToList(),
            sections["COVER"].Select(line => ReadCover(line, shiftIds, days)).ToList());
    }

    private sealed record Line(int Number, string[] Fields);

    private static Dictionary<string, List<Line>> Sections(string text)
    {
        var sections = SectionOrder.ToDictionary(s => s, _ => new List<Line>(), StringComparer.Ordinal);
        string? current = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("SECTION_", StringComparison.Ordinal))
            {
                current = line["SECTION_".Length..];
                if (!sections.ContainsKey(current))
                {
                    throw new InstanceFormatException(number, $"unknown section '{line}'");
                }
            }
            else if (line.Length == 0)
            {
                current = null;
            }
            else if (current is null)
            {
                throw new InstanceFormatException(number, $"data outside a section: '{line}'");
            }
            else
            {
                sections[current].Add(new Line(number, line.Split(',').Select(f => f.Trim()).ToArray()));
            }
        }

        return sections;
    }

    private static Line Single(Dictionary<string, List<Line>> sections, string name) =>
        sections[name] is [var only] ? only : throw new InstanceFormatException(0, $"SECTION_{name} must hold exactly one line");

    private static ShiftType ReadShift(Line line)
    {
        Fields(line, 3, "ShiftID, LengthInMinutes, CannotFollow");
        return new ShiftType(Id(line.Fields[0], line.Number), Int(line.Fields[1], line.Number, "length"), List(line.Fields[2]));
    }

    private static Employee ReadEmployee(Line line, HashSet<string> shiftIds)
    {
        Fields(line, 8, "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends");
        var maxShifts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in List(line.Fields[1]))
        {
            var parts = pair.Split('=');
            if (parts.Length != 2)
            {
                throw new InstanceFormatException(line.Number, $"'{pair}' is not ShiftID=limit");
            }

            maxShifts[Known(parts[0], shiftIds, line.Number, "shift")] = Int(parts[1], line.Number, "shift limit");
        }

        int At(int i, string what) => Int(line.Fields[i], line.Number, what);
        return new Employee(Id(line.Fields[0], line.Number), maxShifts, At(2, "MaxTotalMinutes"), At(3, "MinTotalMinutes"),
            At(4, "MaxConsecutiveShifts"), At(5, "MinConsecutiveShifts"), At(6, "MinConsecutiveDaysOff"), At(7, "MaxWeekends"));
    }

    private static ShiftRequest ReadRequest(Line line, HashSet<string> employeeIds, HashSet<string> shiftIds, int days)
    {
        Fields(line, 4, "EmployeeID, Day, ShiftID, Weight");
        return new ShiftRequest(Known(line.Fields[0], employeeIds, line.Number, "employee"), Day(line.Fields[1], days, line.Number),
            Known(line.Fields[2], shiftIds, line.Number, "shift"), Int(line.Fields[3], line.Number, "weight"));
    }

    private static CoverRequirement ReadCover(Line line, HashSet<string> shiftIds, int days)
    {
        Fields(line, 5, "Day, ShiftID, Requirement, WeightForUnder, WeightForOver");
        return new CoverRequirement(Day(line.Fields[0], days, line.Number), Known(line.Fields[1], shiftIds, line.Number, "shift"),
            Int(line.Fields[2], line.Number, "requirement"), Int(line.Fields[3], line.Number, "weight for under"), Int(line.Fields[4], line.Number, "weight for over"));
    }

    private static void Fields(Line line, int count, string shape)
    {
        if (line.Fields.Length != count)
        {
            throw new InstanceFormatException(line.Number, $"expected {count} fields ({shape}), found {line.Fields.Length}");
        }
    }

    private static string[] List(string field) => field.Length == 0 ? [] : field.Split('|', StringSplitOptions.TrimEntries);

    private static string Id(string field, int line) =>
        field.Length > 0 ? field : throw new InstanceFormatException(line, "empty ID");

    private static string Known(string id, HashSet<string> known, int line, string what) =>
        known.Contains(id) ? id : throw new InstanceFormatException(line, $"unknown {what} '{id}'");

    // "-0" appears in Instance15's cover section; int.Parse reads it as 0.
    private static int Int(string field, int line, string what) =>
        int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InstanceFormatException(line, $"{what} '{field}' is not an integer");

    private static int Day(string field, int days, int line)
    {
        var day = Int(field, line, "day");
        return day >= 0 && day < days ? day : throw new InstanceFormatException(line, $"day {day} is outside 0..{days - 1}");
    }
}
