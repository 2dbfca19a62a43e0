using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Requests;

public sealed record TimeOffRequest(LocalDate? From, LocalDate? To, AbsenceKind? Kind, string? Comment);

public sealed record SwapRequest(Guid? AssignmentId, Guid? OtherAssignmentId, string? Comment);

/// <summary>A manager's answer; <see cref="OverrideReason"/> lets a swap through even when the checker reports violations.</summary>
public sealed record DecisionRequest(string? Answer, string? OverrideReason);

public sealed record TimeOffResponse(
    Guid Id, Guid StaffId, LocalDate From, LocalDate To, AbsenceKind Kind, string? Comment, RequestStatus Status,
    Instant CreatedAt, Instant? DecidedAt, string? DecidedBy, string? Answer)
{
    public static TimeOffResponse FromEntity(TimeOffRequestEntity r) =>
        new(r.Id, r.StaffId, r.From, r.To, r.Kind, r.Comment, r.Status, r.CreatedAt, r.DecidedAt, r.DecidedBy, r.Answer);
}

public sealed record SwapResponse(
    Guid Id, Guid StaffId, Guid AssignmentId, Guid OtherAssignmentId, string? Comment, RequestStatus Status,
    Instant CreatedAt, Instant? DecidedAt, string? DecidedBy, string? Answer)
{
    public static SwapResponse From(SwapRequestEntity r) =>
        new(r.Id, r.StaffId, r.AssignmentId, r.OtherAssignmentId, r.Comment, r.Status, r.CreatedAt, r.DecidedAt, r.DecidedBy, r.Answer);
}

public sealed record MyRequestsResponse(IReadOnlyList<TimeOffResponse> TimeOff, IReadOnlyList<SwapResponse> Swaps);
