using Microsoft.AspNetCore.Identity;

namespace Scheduler.Api.Data.Entities;

/// <summary>A person who signs in. A listener's account is linked to their staff record, which is what "me" means in the API.</summary>
public sealed class SchedulerUser : IdentityUser
{
    public Guid? StaffId { get; set; }

    /// <summary>The secret of the listener's calendar feed URL; null when none was issued or it was revoked.</summary>
    public string? CalendarToken { get; set; }

    /// <summary>The person asked not to receive quality alerts by e-mail (a quality lead or manager; <c>/compte/e-mails</c>).</summary>
    public bool AlertMailOff { get; set; }

    /// <summary>The person asked not to receive the Monday service-level report by e-mail.</summary>
    public bool WeeklyReportMailOff { get; set; }

    /// <summary>The manager asked not to receive an e-mail for each new time-off or swap request.</summary>
    public bool RequestMailOff { get; set; }

    /// <summary>The lockout end of an account closed for good (by a manager, or with its person's deactivation).</summary>
    public static readonly DateTimeOffset ClosedUntil = DateTimeOffset.MaxValue;

    /// <summary>Closed for good, as opposed to locked for a while after failed sign-ins.</summary>
    public bool IsClosed => LockoutEnd == ClosedUntil;
}
