using System.Text.Json;
using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Rotas;

/// <summary>A shift as sent by a client: every field is checked and named when wrong.</summary>
public sealed record AssignmentRequest(
    Guid? StaffId, LocalDate? Date, LocalTime? Start, LocalTime? End, LocalTime? BreakStart, LocalTime? BreakEnd, string? Channel);

/// <summary>A shift edited in a draft; <see cref="Version"/> is the rota version the edit was made on.</summary>
public sealed record AssignmentUpdateRequest(
    Guid? Version, Guid? StaffId, LocalDate? Date, LocalTime? Start, LocalTime? End, LocalTime? BreakStart, LocalTime? BreakEnd, string? Channel)
{
    public AssignmentRequest Shift => new(StaffId, Date, Start, End, BreakStart, BreakEnd, Channel);
}

/// <summary>A rota made elsewhere (tests, the seed, another planning tool), stored as a draft of whole weeks from a Monday.</summary>
public sealed record RotaImportRequest(LocalDate? PeriodStart, int? Weeks, string? Source, JsonElement? Summary, IReadOnlyList<AssignmentRequest?>? Assignments);

public sealed record PublishRequest(Guid? Version, string? OverrideReason);

public sealed record AssignmentResponse(
    Guid Id, Guid StaffId, string StaffName, LocalDate Date, LocalTime Start, LocalTime End, LocalTime? BreakStart, LocalTime? BreakEnd, string Channel)
{
    public static AssignmentResponse From(AssignmentEntity a, string staffName) =>
        new(a.Id, a.StaffId, staffName, a.Date, a.Start, a.End, a.BreakStart, a.BreakEnd, a.Channel);
}

public sealed record RotaSummaryResponse(
    Guid Id, LocalDate PeriodStart, LocalDate PeriodEnd, RotaStatus Status, string Source, Instant CreatedAt,
    Instant? PublishedAt, string? PublishedBy, string? OverrideReason, int AssignmentCount, Guid Version)
{
    public static RotaSummaryResponse From(RotaEntity r, int assignmentCount) =>
        new(r.Id, r.PeriodStart, r.PeriodEnd, r.Status, r.Source, r.CreatedAt, r.PublishedAt, r.PublishedBy, r.OverrideReason, assignmentCount, r.Version);
}

public sealed record RotaResponse(RotaSummaryResponse Rota, JsonElement Summary, IReadOnlyList<AssignmentResponse> Assignments)
{
    public static RotaResponse From(RotaEntity r, IReadOnlyDictionary<Guid, string> names)
    {
        using var summary = JsonDocument.Parse(r.SummaryJson);
        return new(
            RotaSummaryResponse.From(r, r.Assignments.Count),
            summary.RootElement.Clone(),
            [.. r.Assignments.OrderBy(a => a.Date).ThenBy(a => a.Start).ThenBy(a => names.GetValueOrDefault(a.StaffId), StringComparer.Ordinal)
                .Select(a => AssignmentResponse.From(a, names.GetValueOrDefault(a.StaffId) ?? ""))]);
    }
}

/// <param name="Emailed">How many people the publication told by e-mail (0 when e-mail is off).</param>
/// <param name="ShortNotice">The changes it made to part-timers' published shifts with less notice than owed (<see cref="NoticePeriod"/>): they may refuse them.</param>
public sealed record PublishResponse(RotaSummaryResponse Rota, IReadOnlyList<RotaViolation> Violations, IReadOnlyList<Guid> Superseded, int Emailed, IReadOnlyList<ShiftChange> ShortNotice);

public sealed record AssignmentEditResponse(AssignmentResponse Assignment, Guid RotaVersion, IReadOnlyList<RotaViolation> Violations);

/// <summary>What removing a shift left: the rota's new version and what the validator says of the rota without it.</summary>
public sealed record ShiftRemovedResponse(Guid RemovedId, Guid RotaVersion, IReadOnlyList<RotaViolation> Violations);
