using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>A rota for the dates <see cref="PeriodStart"/> to <see cref="PeriodEnd"/>, both inclusive, local to Europe/Paris.</summary>
public sealed class RotaEntity : IVersioned, IAudited
{
    public Guid Id { get; set; }

    public LocalDate PeriodStart { get; set; }

    public LocalDate PeriodEnd { get; set; }

    /// <summary>Whole weeks of the period (a rota runs from a Monday to a Sunday); not stored.</summary>
    public int Weeks => (Period.DaysBetween(PeriodStart, PeriodEnd) + 1) / 7;

    public RotaStatus Status { get; set; }

    /// <summary>Where the rota came from (solver, import, seed), for the people reading the audit log.</summary>
    public required string Source { get; set; }

    /// <summary>Solver summary (objective, gap, coverage, predicted service level), as JSON; "{}" when none.</summary>
    public string SummaryJson { get; set; } = "{}";

    public Instant CreatedAt { get; set; }

    public Instant? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>The reason a manager gave to publish despite violations.</summary>
    public string? OverrideReason { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<AssignmentEntity> Assignments { get; set; } = [];

    public string AuditKey => Id.ToString();
}
