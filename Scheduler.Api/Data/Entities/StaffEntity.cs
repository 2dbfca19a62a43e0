using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Data.Entities;

/// <summary>A person of the platform, listener or manager. Never hard-deleted once planned: deactivated instead.</summary>
public sealed class StaffEntity : IVersioned, IAudited
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public StaffRole Role { get; set; }

    public string? Email { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Has completed the initial training (about 15 days before the opening).</summary>
    public bool IsTrained { get; set; }

    /// <summary>Last date (inclusive) the qualification is valid; null when it does not expire.</summary>
    public LocalDate? QualifiedUntil { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ContractEntity> Contracts { get; set; } = [];

    public List<SkillEntity> Skills { get; set; } = [];

    public List<AbsenceEntity> Absences { get; set; } = [];

    public List<PreferenceEntity> Preferences { get; set; } = [];

    public string AuditKey => Id.ToString();

    /// <summary>The contract in force on <paramref name="date"/>, if any.</summary>
    public ContractEntity? ContractOn(LocalDate date) =>
        Contracts.Where(c => c.ValidFrom <= date && (c.ValidTo is not { } to || date <= to))
            .OrderByDescending(c => c.ValidFrom)
            .FirstOrDefault();
}
