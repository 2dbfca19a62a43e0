using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>One change to staff or rotas: who, when, which entity, and its values before and after (JSON). Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public Instant At { get; set; }

    /// <summary>The signed-in user's name, or "system" for start-up work (seed, migrations).</summary>
    public required string Actor { get; set; }

    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>Added, Modified or Deleted; or a business action such as Published.</summary>
    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    /// <summary>Why, when the actor gave a reason (a publication override).</summary>
    public string? Reason { get; set; }
}
