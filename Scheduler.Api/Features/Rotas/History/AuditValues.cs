using System.Text.Json;
using NodaTime.Text;

namespace Scheduler.Api.Features.Rotas.History;

/// <summary>
/// Reads the before/after JSON that <see cref="Data.AuditInterceptor"/> and the business actions write: property names
/// as in the entity (or camel case for business actions), NodaTime values in ISO text.
/// </summary>
internal static class AuditValues
{
    public static ShiftState? Shift(string? json)
    {
        using var document = Parse(json);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        return Guid.TryParse(Text(root, "StaffId"), out var staff)
            && LocalDatePattern.Iso.Parse(Text(root, "Date") ?? "") is { Success: true } date
            && LocalTimePattern.ExtendedIso.Parse(Text(root, "Start") ?? "") is { Success: true } start
            && LocalTimePattern.ExtendedIso.Parse(Text(root, "End") ?? "") is { Success: true } end
                ? new ShiftState(staff, date.Value, start.Value, end.Value)
                : null;
    }

    public static string? Text(string? json, string name)
    {
        using var document = Parse(json);
        return document is null ? null : Text(document.RootElement, name);
    }

    public static Guid? Id(string? json, string name) => Guid.TryParse(Text(json, name), out var id) ? id : null;

    public static IReadOnlyList<string> Strings(string? json, string name)
    {
        using var document = Parse(json);
        return document is not null && document.RootElement.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonDocument? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
