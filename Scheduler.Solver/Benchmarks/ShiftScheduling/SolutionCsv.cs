using System.Globalization;
using System.Text;

namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>A solution as CSV text with the header <c>employee,day,shift</c>, one row per worked day (a day off has no row).</summary>
public static class SolutionCsv
{
    public const string Header = "employee,day,shift";

    public static string Write(IEnumerable<ShiftAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var a in assignments.OrderBy(a => a.EmployeeId, StringComparer.Ordinal).ThenBy(a => a.Day))
        {
            text.Append(CultureInfo.InvariantCulture, $"{a.EmployeeId},{a.Day},{a.ShiftId}\n");
        }

        return text.ToString();
    }

    public static IReadOnlyList<ShiftAssignment> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].Trim() != Header)
        {
            throw new InstanceFormatException(1, $"expected the header '{Header}'");
        }

        var assignments = new List<ShiftAssignment>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split(',', StringSplitOptions.TrimEntries);
            if (fields.Length != 3 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                throw new InstanceFormatException(i + 1, $"'{lines[i]}' is not employee,day,shift");
            }

            assignments.Add(new ShiftAssignment(fields[0], day, fields[2]));
        }

        return assignments;
    }
}
