using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Data.Entities;

/// <summary>Whole days a person cannot work, <see cref="From"/> to <see cref="To"/> inclusive (leave, sickness, unavailability).</summary>
public sealed class AbsenceEntity : IAudited
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public LocalDate From { get; set; }

    public LocalDate To { get; set; }

    public AbsenceKind Kind { get; set; }

    public string? Note { get; set; }

    public string AuditKey => $"{StaffId}/absences/{Id}";
}
