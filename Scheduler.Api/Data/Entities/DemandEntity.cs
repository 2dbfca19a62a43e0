using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>
/// Forecast demand of one half-hour slot of a weekday on one channel: the weekly profile the staffing engine turns
/// into required listeners. A row with a <see cref="Date"/> overrides the profile for that date.
/// </summary>
public sealed class DemandEntity
{
    public Guid Id { get; set; }

    public IsoDayOfWeek Day { get; set; }

    public LocalDate? Date { get; set; }

    public LocalTime SlotStart { get; set; }

    public required string Channel { get; set; }

    /// <summary>Calls (or contacts) expected to arrive in the slot.</summary>
    public double ExpectedContacts { get; set; }

    /// <summary>Listeners required in the slot, once the staffing engine has computed it.</summary>
    public int? RequiredListeners { get; set; }
}
