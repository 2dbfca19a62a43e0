using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Data.Entities;

/// <summary>A listener's request for days off, <see cref="From"/> to <see cref="To"/> inclusive; approval adds an absence.</summary>
public sealed class TimeOffRequestEntity : IRequestEntity
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public LocalDate From { get; set; }

    public LocalDate To { get; set; }

    public AbsenceKind Kind { get; set; } = AbsenceKind.Leave;

    public string? Comment { get; set; }

    public RequestStatus Status { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? Answer { get; set; }

    /// <summary>The absence the approval recorded: removing it cancels the request (see <see cref="RequestStatus.Cancelled"/>).</summary>
    public Guid? AbsenceId { get; set; }
}
