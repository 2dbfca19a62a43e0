using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Scheduler.Solver.Domain;
using static Scheduler.Api.Rostering.FieldReader;

namespace Scheduler.Api.Rostering;

/// <summary>
/// The rota file: one flat JSON object holding a problem (<c>start</c>, <c>weeks</c>, <c>staff</c>, <c>opening</c>, ...)
/// and, for a rota, its <c>assignments</c> and an optional free-form <c>summary</c>. Dates are <c>yyyy-MM-dd</c> and times
/// <c>HH:mm</c>, local to Europe/Paris. The format is described in the README (rota files).
/// </summary>
public static class RotaDocument
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        WriteIndented = true,
    };

    /// <summary>Reads a problem or a rota file.</summary>
    /// <exception cref="RotaFormatException">The text is not valid JSON or a field is missing or wrong; the message names it.</exception>
    public static RotaFile Read(string json)
    {
        RotaFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<RotaFileDto>(json, Options);
        }
        catch (JsonException e)
        {
            throw Describe(e);
        }

        return RotaFileReader.Read(dto ?? throw new RotaFormatException("$", "the file holds null, not a rota object"));
    }

    /// <summary>Reads a problem or a rota file from a stream (UTF-8).</summary>
    public static async Task<RotaFile> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream);
        return Read(await reader.ReadToEndAsync(cancellationToken));
    }

    /// <summary>Writes a problem alone, or with its rota when <paramref name="assignments"/> is given.</summary>
    public static string Write(RotaProblem problem, IReadOnlyList<Assignment>? assignments = null, JsonObject? summary = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var dto = new RotaFileDto
        {
            Start = FormatDate(problem.Start),
            Weeks = problem.Weeks,
            Staff = problem.Staff.Select(StaffReader.Write).ToList(),
            Opening = problem.Opening.Select(o => new OpeningDto { Date = FormatDate(o.Date), Open = FormatTime(o.Open), Close = FormatTime(o.Close) }).ToList(),
            Demand = problem.Demand.Select(d => new DemandDto { Date = FormatDate(d.Date), Start = FormatTime(d.Start), Channel = d.Channel, Required = d.RequiredListeners }).ToList(),
            Holidays = problem.Holidays.Order().Select(FormatDate).ToList(),
            FairnessFrom = problem.FairnessFrom is { } from ? FormatDate(from) : null,
            ReferencePeriodEnd = problem.ReferencePeriodEnd is { } end ? FormatDate(end) : null,
            ReferencePeriodWeeks = problem.ReferencePeriodWeeks > 0 ? problem.ReferencePeriodWeeks : null,
            Shifts = NamedShiftsReader.WriteShifts(problem.Shifts),
            ShiftCover = NamedShiftsReader.WriteCover(problem.ShiftCover),
            History = WriteAssignments(problem.History),
            Reference = WriteAssignments(problem.Reference),
            Pinned = WriteAssignments(problem.Pinned),
            Rules = RulesReader.Write(problem.Rules),
            Weights = RulesReader.Write(problem.Weights),
            Assignments = assignments is null ? null : WriteAssignments(assignments),
            Summary = summary?.DeepClone().AsObject(),
        };
        return JsonSerializer.Serialize(dto, Options) + "\n";
    }

    /// <summary>Writes a file read earlier, unchanged in meaning.</summary>
    public static string Write(RotaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Write(file.Problem, file.HasRota ? file.Assignments : null, file.Summary);
    }

    private static List<AssignmentDto> WriteAssignments(IEnumerable<Assignment> assignments) =>
        assignments.Select(a => new AssignmentDto
        {
            StaffId = a.StaffId,
            Date = FormatDate(a.Date),
            Start = FormatTime(a.Start),
            End = FormatTime(a.End),
            BreakStart = a.BreakStart is { } bs ? FormatTime(bs) : null,
            BreakEnd = a.BreakEnd is { } be ? FormatTime(be) : null,
        }).ToList();

    // System.Text.Json's messages name .NET types and span several clauses; keep the path and line, say it in plain words.
    private static RotaFormatException Describe(JsonException e)
    {
        var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
        var where = e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
        var what = e.Message switch
        {
            var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "unknown field",
            var m when m.Contains("could not be converted", StringComparison.Ordinal) => "has the wrong type (" + ExpectedType(m) + ")",
            _ => "is not valid JSON",
        };
        return new RotaFormatException(field, what + where);
    }

    private static string ExpectedType(string message) => message switch
    {
        var m when m.Contains("System.Decimal", StringComparison.Ordinal) || m.Contains("System.Int32", StringComparison.Ordinal) => "expected a number",
        var m when m.Contains("System.String", StringComparison.Ordinal) => "expected a string",
        var m when m.Contains("System.Boolean", StringComparison.Ordinal) => "expected true or false",
        var m when m.Contains("List", StringComparison.Ordinal) => "expected an array",
        _ => "expected an object",
    };
}
