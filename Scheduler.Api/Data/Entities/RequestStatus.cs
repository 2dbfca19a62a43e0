namespace Scheduler.Api.Data.Entities;

public enum RequestStatus
{
    Pending,
    Approved,
    Refused,
}
