using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>
/// One replacement of the weekly demand profile: when, how, by whom, and for a forecast the weeks of calls it averaged.
/// Kept as a history; the latest one says what the rota is planned against.
/// </summary>
public sealed class DemandChangeEntity
{
    public Guid Id { get; set; }

    public Instant ChangedAt { get; set; }

    public DemandOrigin Origin { get; set; }

    /// <summary>The account's e-mail address; null for the service itself (first start, the Monday job).</summary>
    public string? ChangedBy { get; set; }

    /// <summary>The Mondays of the weeks a forecast averaged, most recent first, as yyyy-MM-dd joined by commas; empty otherwise.</summary>
    public string WeeksUsed { get; set; } = "";

    /// <summary>The phone calls of those weeks.</summary>
    public int Calls { get; set; }
}
