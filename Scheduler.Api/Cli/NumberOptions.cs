using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Scheduler.Api.Cli;

/// <summary>
/// Numeric options for the command line: parsed with the invariant culture (0.8, never 0,8, whatever the machine's
/// language) and checked by validators, so a bad value is a parse error of one line that names the option.
/// </summary>
internal static class NumberOptions
{
    public static Option<double> NonNegative(string name, string description) =>
        Required(name, description, v => v >= 0, "must be 0 or more");

    public static Option<double> Positive(string name, string description) =>
        Required(name, description, v => v > 0, "must be more than 0");

    /// <summary>A fraction from 0 to 1 inclusive.</summary>
    public static Option<double> Fraction(string name, string description) =>
        Required(name, description, v => v is >= 0 and <= 1, "must be between 0 and 1");

    public static Option<double?> Optional(string name, string description, Func<double, bool> isValid, string rule)
    {
        var option = new Option<double?>(name) { Description = description, CustomParser = result => ParseOrReport(result, name) };
        option.Validators.Add(result => Validate(result, name, isValid, rule));
        return option;
    }

    public static Option<int> Count(string name, string description)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            Required = true,
            CustomParser = result => ParseOrReport(result, name) is { } value && value is >= 0 and <= int.MaxValue ? (int)value : 0,
        };
        option.Validators.Add(result => Validate(result, name, v => v is >= 0 and <= int.MaxValue && v == Math.Floor(v), "must be a whole number, 0 or more"));
        return option;
    }

    private static Option<double> Required(string name, string description, Func<double, bool> isValid, string rule)
    {
        var option = new Option<double>(name)
        {
            Description = description,
            Required = true,
            CustomParser = result => ParseOrReport(result, name) ?? 0,
        };
        option.Validators.Add(result => Validate(result, name, isValid, rule));
        return option;
    }

    /// <summary>Checks the raw token rather than the converted value: a token that did not parse is already reported.</summary>
    private static void Validate(OptionResult result, string name, Func<double, bool> isValid, string rule)
    {
        if (result.Tokens.Count == 1 && TryParse(result.Tokens[0].Value) is { } value && !isValid(value))
        {
            result.AddError($"{name} {rule} (got {result.Tokens[0].Value})");
        }
    }

    private static double? ParseOrReport(ArgumentResult result, string name)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (TryParse(token) is { } value)
        {
            return value;
        }

        result.AddError($"{name} must be a finite number (got '{token}')");
        return null;
    }

    private static double? TryParse(string token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
