using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Features.Requests;

/// <summary>
/// Removing the absence an approved time-off request recorded cancels the request: the listener's page would otherwise
/// still say "Acceptée" for days they are now expected to work. A manager's removal is e-mailed to them (in the removal's
/// own SaveChanges); their own (a declared unavailability they asked for) is not.
/// </summary>
public sealed class TimeOffCancellation(SchedulerDbContext db, RequestDecisionMail mail, IClock clock)
{
    public async Task CancelForAsync(AbsenceEntity absence, ClaimsPrincipal user, bool selfService, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(absence);
        ArgumentNullException.ThrowIfNull(user);
        var request = await db.TimeOffRequests.FirstOrDefaultAsync(r => r.AbsenceId == absence.Id && r.Status == RequestStatus.Approved, ct);
        if (request is null)
        {
            return;
        }

        request.Status = RequestStatus.Cancelled;
        request.DecidedAt = clock.GetCurrentInstant();
        request.DecidedBy = user.Identity?.Name;
        if (!selfService)
        {
            await mail.QueueTimeOffAsync(request, ct);
        }
    }
}
