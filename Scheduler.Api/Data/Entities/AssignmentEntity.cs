using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Data.Entities;

/// <summary>One shift of one person in a rota: [<see cref="Start"/>, <see cref="End"/>) on <see cref="Date"/>, with an optional break.</summary>
public sealed class AssignmentEntity : IAudited
{
    public Guid Id { get; set; }

    public Guid RotaId { get; set; }

    public Guid StaffId { get; set; }

    public LocalDate Date { get; set; }

    public LocalTime Start { get; set; }

    public LocalTime End { get; set; }

    public LocalTime? BreakStart { get; set; }

    public LocalTime? BreakEnd { get; set; }

    public string Channel { get; set; } = "phone";

    public string AuditKey => $"{RotaId}/assignments/{Id}";

    /// <summary>The shift as the solver's domain sees it (staff ids are Guids in the "D" format).</summary>
    public Assignment ToDomain() => new(StaffId.ToString(), Date, Start, End, BreakStart, BreakEnd);
}
