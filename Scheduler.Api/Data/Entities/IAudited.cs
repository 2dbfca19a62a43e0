namespace Scheduler.Api.Data.Entities;

/// <summary>Marks an entity whose every change is written to the append-only audit log.</summary>
public interface IAudited
{
    /// <summary>The key written to the audit log; an owned row (a contract, a shift) names its parent too.</summary>
    string AuditKey { get; }
}
