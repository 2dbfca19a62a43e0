using Scheduler.Solver.Quality;

namespace Scheduler.Api.Data.Entities;

/// <summary>A training module: the initial training or a refresher with a validity in months.</summary>
public sealed class TrainingModuleEntity
{
    /// <summary>Short stable code (<c>initial</c>, <c>refresher-annual</c>…).</summary>
    public required string Id { get; set; }

    public required string Name { get; set; }

    public TrainingModuleKind Kind { get; set; }

    public int DurationDays { get; set; }

    /// <summary>Months a completion stays valid; null when it never expires.</summary>
    public int? ValidityMonths { get; set; }

    public TrainingModule ToDomain() =>
        new(Id, Name, Kind, DurationDays, ValidityMonths is { } m ? NodaTime.Period.FromMonths(m) : null);
}
