namespace Scheduler.Api.Data.Entities;

public enum RequestStatus
{
    Pending,
    Approved,
    Refused,

    /// <summary>The listener took it back before a manager answered.</summary>
    Withdrawn,

    /// <summary>Approved, then a manager removed the absence it had made (plans changed, or it was entered in error).</summary>
    Cancelled,
}
