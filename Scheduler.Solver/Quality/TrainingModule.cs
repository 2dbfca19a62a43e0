using NodaTime;

namespace Scheduler.Solver.Quality;

public enum TrainingModuleKind
{
    /// <summary>The intensive training a listener follows before taking calls (about 15 days on the 3133 line).</summary>
    Initial,
    /// <summary>A refresher that must be renewed within its validity period.</summary>
    Refresher,
}

/// <summary>A training module listeners must hold.</summary>
/// <param name="DurationDays">Length of the module in working days (informational).</param>
/// <param name="Validity">How long a completion stays valid; null when it never expires.</param>
public sealed record TrainingModule(string Id, string Name, TrainingModuleKind Kind, int DurationDays, Period? Validity)
{
    /// <summary>The 3133 initial training: 15 days, valid until a refresher says otherwise.</summary>
    public static TrainingModule InitialTraining { get; } = new("initial", "Formation initiale (15 jours)", TrainingModuleKind.Initial, 15, null);
}

/// <summary>A person finished a module on a local date (the last day of the module).</summary>
public sealed record TrainingCompletion(string StaffId, string ModuleId, LocalDate CompletedOn);

public enum QualificationState
{
    /// <summary>The initial training is not complete.</summary>
    Untrained,
    Valid,
    /// <summary>Still valid, but the earliest expiry falls within the warning window.</summary>
    ExpiringSoon,
    Expired,
}

/// <summary>Where one module stands for one person.</summary>
/// <param name="ValidUntil">Last valid date (inclusive); null when missing or never expiring.</param>
public sealed record ModuleStatus(string ModuleId, bool Completed, LocalDate? ValidUntil, QualificationState State);

/// <summary>Where a person's qualification stands on a date.</summary>
/// <param name="IsTrained">The initial training is complete (see <c>StaffMember.IsTrained</c>).</param>
/// <param name="QualifiedUntil">Last date (inclusive) every required module is valid; null when nothing expires.</param>
public sealed record Qualification(
    string StaffId,
    bool IsTrained,
    LocalDate? QualifiedUntil,
    QualificationState State,
    IReadOnlyList<ModuleStatus> Modules)
{
    /// <summary>The first date on which the person no longer counts as a trained listener; null while nothing expires.</summary>
    public LocalDate? UntrainedFrom => IsTrained ? QualifiedUntil?.PlusDays(1) : null;
}
