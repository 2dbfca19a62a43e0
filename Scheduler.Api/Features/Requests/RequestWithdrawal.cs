using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.SelfService;

namespace Scheduler.Api.Features.Requests;

/// <summary>
/// A listener takes back their own request while it waits for an answer (plans change); it then leaves the managers'
/// list. An answered request stays as answered: 409. Someone else's, or none, is 404.
/// </summary>
public static class RequestWithdrawal
{
    public static async Task<IResult> WithdrawTimeOffAsync(
        Guid id, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, CancellationToken ct) =>
        await WithdrawAsync(db.TimeOffRequests, id, p, u, db, clock, r => TimeOffResponse.FromEntity(r), ct);

    public static async Task<IResult> WithdrawSwapAsync(
        Guid id, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, CancellationToken ct) =>
        await WithdrawAsync(db.SwapRequests, id, p, u, db, clock, r => SwapResponse.From(r), ct);

    private static async Task<IResult> WithdrawAsync<T>(
        DbSet<T> requests, Guid id, ClaimsPrincipal p, UserManager<SchedulerUser> u, SchedulerDbContext db, IClock clock, Func<T, object> answer, CancellationToken ct)
        where T : class, IRequestEntity
    {
        if ((await CurrentStaff.FindAsync(p, u)).StaffId is not { } staffId)
        {
            return CurrentStaff.NotLinked();
        }

        var request = await requests.FirstOrDefaultAsync(r => r.Id == id && r.StaffId == staffId, ct);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Status != RequestStatus.Pending)
        {
            return Conflicts.State($"Only a pending request can be withdrawn; this one is {request.Status}.");
        }

        request.Status = RequestStatus.Withdrawn;
        request.DecidedAt = clock.GetCurrentInstant();
        request.DecidedBy = p.Identity?.Name;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(answer(request));
    }
}
