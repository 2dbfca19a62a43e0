using NodaTime;
using NodaTime.Text;

namespace Scheduler.Api.Rostering;

/// <summary>Parses one field of a rota file with the exact invariant patterns of the format, naming the field when it fails.</summary>
internal static class FieldReader
{
    public static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso; // yyyy-MM-dd
    public static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static T Require<T>(T? value, string field)
        where T : class =>
        value ?? throw new RotaFormatException(field, "is required");

    public static T Require<T>(T? value, string field)
        where T : struct =>
        value ?? throw new RotaFormatException(field, "is required");

    public static string RequireText(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new RotaFormatException(field, "is required") : value;

    public static LocalDate Date(string? text, string field)
    {
        var result = DatePattern.Parse(RequireText(text, field));
        return result.Success ? result.Value : throw new RotaFormatException(field, $"'{text}' is not a date (yyyy-MM-dd)");
    }

    public static LocalDate? OptionalDate(string? text, string field) => text is null ? null : Date(text, field);

    public static LocalTime TimeOfDay(string? text, string field)
    {
        var result = TimePattern.Parse(RequireText(text, field));
        return result.Success ? result.Value : throw new RotaFormatException(field, $"'{text}' is not a time (HH:mm)");
    }

    public static LocalTime? OptionalTime(string? text, string field) => text is null ? null : TimeOfDay(text, field);

    public static TEnum Enum<TEnum>(string? text, string field)
        where TEnum : struct, Enum =>
        RequireText(text, field).All(char.IsLetter) && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value)
            ? value
            : throw new RotaFormatException(field, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");

    /// <summary>Decimal hours (or minutes, with <paramref name="minutesPerUnit"/> = 1) to whole minutes.</summary>
    public static int Minutes(decimal value, string field, int minutesPerUnit = 60)
    {
        var minutes = value * minutesPerUnit;
        var rounded = Math.Round(minutes);
        if (Math.Abs(minutes - rounded) > 0.001m)
        {
            throw new RotaFormatException(field, $"{value} is not a whole number of minutes");
        }

        if (rounded < 0 || rounded > int.MaxValue)
        {
            throw new RotaFormatException(field, $"{value} is out of range");
        }

        return (int)rounded;
    }

    /// <summary>Decimal hours, negative ones too (a balance), to whole minutes.</summary>
    public static int SignedMinutes(decimal value, string field)
    {
        try
        {
            return Math.Sign(value) * Minutes(Math.Abs(value), field);
        }
        catch (RotaFormatException)
        {
            throw new RotaFormatException(field, $"{value} is not a whole number of minutes, or is out of range");
        }
    }

    public static Duration Duration(decimal value, string field, int minutesPerUnit = 60) =>
        NodaTime.Duration.FromMinutes(Minutes(value, field, minutesPerUnit));

    public static int NonNegative(int value, string field) =>
        value >= 0 ? value : throw new RotaFormatException(field, $"{value} must not be negative");

    public static string FormatDate(LocalDate date) => DatePattern.Format(date);

    public static string FormatTime(LocalTime time) => TimePattern.Format(time);

    public static decimal Hours(int minutes) => minutes / 60m;

    public static decimal Hours(Duration duration) => (decimal)duration.TotalMinutes / 60m;
}
