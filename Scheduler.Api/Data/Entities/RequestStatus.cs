namespace Scheduler.Api.Data.Entities;

public enum RequestStatus
{
    Pending,
    Approved,
    Refused,

    /// <summary>The listener took it back before a manager answered.</summary>
    Withdrawn,
}
