using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.SelfService;

/// <summary>"Me" in the API: the signed-in user's account and the staff member it is linked to.</summary>
public static class CurrentStaff
{
    public static async Task<(SchedulerUser? User, Guid? StaffId)> FindAsync(ClaimsPrincipal principal, UserManager<SchedulerUser> users)
    {
        var user = await users.GetUserAsync(principal);
        return (user, user?.StaffId);
    }

    /// <summary>403 with a reason when the account has no staff member behind it (nothing of "mine" to show).</summary>
    public static IResult NotLinked() => TypedResults.Problem(
        title: "This account is not linked to a staff member.",
        detail: "Ask a manager to link your account to your staff record.",
        statusCode: StatusCodes.Status403Forbidden);
}
