using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.SelfService;
using Scheduler.Api.Time;

namespace Scheduler.Api.Features.Calendar;

/// <summary>
/// The calendar feed: a listener gets (or revokes) a secret URL; the URL itself is anonymous because calendar apps
/// cannot sign in, so the random token is the only key, and revoking it makes the old URL answer 404.
/// </summary>
public static class CalendarEndpoints
{
    /// <summary>Days of past shifts the feed keeps, and days ahead it shows.</summary>
    public const int PastDays = 31;
    public const int FutureDays = 183;

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/calendar").WithTags("Me").RequireAuthorization(Policies.OnRota);
        me.MapGet("/", GetLinkAsync);
        me.MapDelete("/", RevokeAsync);
        app.MapGet("/calendar/{token}.ics", FeedAsync).WithTags("Calendar").AllowAnonymous();
        return app;
    }

    public static async Task<IResult> GetLinkAsync(HttpRequest request, ClaimsPrincipal principal, UserManager<SchedulerUser> users)
    {
        var (user, staffId) = await CurrentStaff.FindAsync(principal, users);
        if (user is null || staffId is null)
        {
            return CurrentStaff.NotLinked();
        }

        if (user.CalendarToken is null)
        {
            user.CalendarToken = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
            await users.UpdateAsync(user);
        }

        return TypedResults.Ok(new CalendarLinkResponse(FeedUrl(request, user.CalendarToken)));
    }

    /// <summary>The feed's secret URL as this service answers it (scheme, host and base path of <paramref name="request"/>).</summary>
    public static string FeedUrl(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, $"/calendar/{token}.ics");
    }

    public static async Task<IResult> RevokeAsync(ClaimsPrincipal principal, UserManager<SchedulerUser> users)
    {
        var (user, _) = await CurrentStaff.FindAsync(principal, users);
        if (user is null)
        {
            return CurrentStaff.NotLinked();
        }

        user.CalendarToken = null;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> FeedAsync(string token, SchedulerDbContext db, IClock clock, CancellationToken ct)
    {
        if (token.Length is < 20 or > 64)
        {
            return TypedResults.NotFound();
        }

        var owner = await db.Users.Where(u => u.CalendarToken == token && u.StaffId != null)
            .Join(db.Staff, u => u.StaffId, s => s.Id, (u, s) => new { s.Id, s.Name })
            .FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return TypedResults.NotFound();
        }

        var today = clock.Today();
        var from = today.PlusDays(-PastDays);
        var to = today.PlusDays(FutureDays);
        var shifts = await db.Assignments
            .Where(a => a.StaffId == owner.Id && a.Date >= from && a.Date <= to)
            .Join(db.Rotas.Where(r => r.Status == RotaStatus.Published), a => a.RotaId, r => r.Id,
                (a, r) => new FeedShift(a.Id, a.Date, a.Start, a.End, a.BreakStart, a.BreakEnd, a.Channel, r.PublishedAt!.Value))
            .ToListAsync(ct);
        return TypedResults.Text(CalendarFeed.Build(owner.Name, shifts), CalendarFeed.ContentType);
    }
}
