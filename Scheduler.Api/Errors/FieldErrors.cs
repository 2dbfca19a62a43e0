using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace Scheduler.Api.Errors;

/// <summary>Collects problems per field (camelCase names, as in the JSON) and turns them into an RFC 7807 validation problem.</summary>
public sealed class FieldErrors
{
    /// <summary>Dates outside this range are refused: nothing the platform plans lies there, and it keeps arithmetic safe.</summary>
    public static readonly LocalDate MinDate = new(2000, 1, 1);
    public static readonly LocalDate MaxDate = new(2100, 12, 31);

    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    /// <summary>The names of the fields with problems.</summary>
    public IEnumerable<string> Fields => _errors.Keys;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }
    }

    public void Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, "Required.");
        }
    }

    public void DateInRange(string field, LocalDate? value)
    {
        if (value is { } date && (date < MinDate || date > MaxDate))
        {
            Add(field, $"Must be between {MinDate:yyyy-MM-dd} and {MaxDate:yyyy-MM-dd}.");
        }
    }

    /// <summary>Parses an ISO date (yyyy-MM-dd) from a query string; a missing or bad value is recorded against the field.</summary>
    public LocalDate? ParseDate(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "Required, as yyyy-MM-dd.");
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            Add(field, "Not a date in the form yyyy-MM-dd.");
            return null;
        }

        DateInRange(field, result.Value);
        return result.Value;
    }

    public ValidationProblem ToProblem(IDictionary<string, object?>? extensions = null) =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), extensions: extensions);
}
