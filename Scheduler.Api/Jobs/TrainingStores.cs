using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>Training modules, completions and the people they concern.</summary>
public interface ITrainingRecordSource
{
    Task<IReadOnlyList<TrainingModule>> GetModulesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<TrainingCompletion>> GetCompletionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffMember>> GetStaffAsync(CancellationToken cancellationToken);
}

/// <summary>Where computed qualifications go: they set <c>StaffMember.IsTrained</c> and <c>QualifiedUntil</c> for the solver.</summary>
public interface IQualificationStore
{
    Task SaveAsync(IReadOnlyList<Qualification> qualifications, CancellationToken cancellationToken);
}

/// <summary>Published rotas.</summary>
public interface IPublishedRotaSource
{
    /// <summary>Published shifts on local dates <paramref name="first"/> to <paramref name="last"/>, both inclusive.</summary>
    Task<IReadOnlyList<Assignment>> GetAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken);
}

/// <summary>Settings of the training job.</summary>
public sealed record TrainingComplianceOptions
{
    /// <summary>A qualification whose last valid date is at most this many days away is flagged as expiring.</summary>
    public int WarningDays { get; init; } = 30;

    /// <summary>How many days of published rota, from today, are checked for untrained listeners.</summary>
    public int RotaHorizonDays { get; init; } = 42;

    public static TrainingComplianceOptions Default { get; } = new();
}
