using NodaTime;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Data.Entities;

/// <summary>A person finished a module on a local date.</summary>
public sealed class TrainingCompletionEntity : IAudited
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public required string ModuleId { get; set; }

    public LocalDate CompletedOn { get; set; }

    public string AuditKey => $"{StaffId}/training/{Id}";

    public TrainingCompletion ToDomain() => new(StaffId.ToString(), ModuleId, CompletedOn);
}
