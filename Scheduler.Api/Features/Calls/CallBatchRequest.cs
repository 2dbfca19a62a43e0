using System.Text.Json;
using System.Text.Json.Serialization;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Calls;

/// <summary>Body of <c>POST /api/calls</c>: <c>{"calls":[{"callId":"…","channel":"phone","offeredAt":"…",…}]}</c>.</summary>
public sealed record CallBatchRequest(IReadOnlyList<CallRecordDto>? Calls)
{
    /// <summary>Larger sets go through the CSV import, which streams.</summary>
    public const int MaxCalls = 10_000;

    /// <summary>
    /// Validates like a CSV file (same reasons, <c>Line</c> = 1-based position in <see cref="Calls"/>). Properties that
    /// identify callers are dropped and reported; other unknown properties are ignored and reported.
    /// </summary>
    public CallParseResult Validate()
    {
        if (Calls is null || Calls.Count == 0)
        {
            return CallParseResult.Refuse("The batch has no calls: expected {\"calls\": [ … ]}.");
        }

        if (Calls.Count > MaxCalls)
        {
            return CallParseResult.Refuse($"The batch has {Calls.Count} calls; at most {MaxCalls} per request (use the CSV import for more).");
        }

        var extras = Calls
            .Where(c => c?.Extra is not null)
            .SelectMany(c => c!.Extra!.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var dropped = extras.Where(CallerIdentityColumns.IsCallerIdentity).ToList();
        var rows = Calls.Select((c, i) => (i + 1, c?.ToInput() ?? new CallRecordInput(null, null, null, null, null, null)));
        return CallParseResult.From(CallRecordBatch.From(rows), dropped, [.. extras.Except(dropped)]);
    }
}

/// <summary>One call in a JSON batch. Instants are strings (ISO 8601 with offset or Z) so a bad one is reported per row, like in CSV.</summary>
public sealed record CallRecordDto(
    string? CallId,
    string? Channel,
    string? OfferedAt,
    string? AnsweredAt,
    string? EndedAt,
    string? ListenerId)
{
    /// <summary>Properties outside the format; read only to report them, never stored.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    public CallRecordInput ToInput() => new(CallId, Channel, OfferedAt, AnsweredAt, EndedAt, ListenerId);
}
