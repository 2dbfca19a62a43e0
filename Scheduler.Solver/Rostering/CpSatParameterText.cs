using System.Globalization;
using Google.OrTools.Sat;
using Google.Protobuf.Reflection;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Checks CP-SAT parameters given as text (<c>name:value</c> pairs separated by spaces) before they reach the native solver,
/// which aborts the whole process on a field it does not know or a value of the wrong type.
/// </summary>
public static class CpSatParameterText
{
    /// <summary>Null when every pair names a field of <see cref="SatParameters"/> with a value of its type, else what is wrong.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split(':', 2);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                return $"'{token}' is not name:value";
            }

            if (SatParameters.Descriptor.FindFieldByName(parts[0]) is not { } field)
            {
                return $"'{parts[0]}' is not a CP-SAT parameter";
            }

            if (!Fits(field, parts[1]))
            {
                return $"'{parts[1]}' is not a valid value of {parts[0]}";
            }
        }

        return null;
    }

    private static bool Fits(FieldDescriptor field, string value) => field.FieldType switch
    {
        FieldType.Bool => value is "true" or "false",
        FieldType.String => value.Length >= 2 && value[0] == '"' && value[^1] == '"',
        FieldType.Enum => field.EnumType.FindValueByName(value) is not null,
        FieldType.Double or FieldType.Float => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
    };
}
