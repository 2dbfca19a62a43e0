using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

public sealed record TrainingModuleResponse(string Id, string Name, TrainingModuleKind Kind, int DurationDays, int? ValidityMonths)
{
    public static TrainingModuleResponse From(TrainingModuleEntity m) => new(m.Id, m.Name, m.Kind, m.DurationDays, m.ValidityMonths);
}

public sealed record TrainingModuleRequest(string? Id, string? Name, TrainingModuleKind? Kind, int? DurationDays, int? ValidityMonths);

/// <summary>A module's new name, kind, length and validity (its id comes from the route and never changes).</summary>
public sealed record TrainingModuleChange(string? Name, TrainingModuleKind? Kind, int? DurationDays, int? ValidityMonths);

public sealed record TrainingCompletionResponse(Guid Id, Guid StaffId, string ModuleId, LocalDate CompletedOn)
{
    public static TrainingCompletionResponse From(TrainingCompletionEntity c) => new(c.Id, c.StaffId, c.ModuleId, c.CompletedOn);
}

public sealed record TrainingCompletionRequest(Guid? StaffId, string? ModuleId, LocalDate? CompletedOn);

/// <summary>Where one listener stands today.</summary>
/// <param name="UntrainedFrom">First date the listener no longer counts as trained; null while nothing expires.</param>
/// <param name="Tracked">False when no completion is recorded: the state then comes from the manager's flag on the person.</param>
public sealed record ComplianceResponse(
    Guid StaffId,
    string Name,
    QualificationState State,
    bool IsTrained,
    LocalDate? QualifiedUntil,
    LocalDate? UntrainedFrom,
    bool Tracked,
    IReadOnlyList<ModuleStatus> Modules);
