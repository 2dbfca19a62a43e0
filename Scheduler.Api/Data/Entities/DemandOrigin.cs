namespace Scheduler.Api.Data.Entities;

/// <summary>Where the weekly demand profile came from, which decides whether the Monday forecast may replace it.</summary>
public enum DemandOrigin
{
    /// <summary>The default 3133 profile the service starts with.</summary>
    Default,

    /// <summary>Forecast from the line's own calls (a manager's button, the API, or the Monday job).</summary>
    Forecast,

    /// <summary>Set by hand through <c>PUT /api/demand</c>: never replaced by the Monday job.</summary>
    Manual,
}
