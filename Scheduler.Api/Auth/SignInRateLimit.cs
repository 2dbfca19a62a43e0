using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Scheduler.Api.Web;

namespace Scheduler.Api.Auth;

/// <summary>
/// Attempts at the anonymous account forms (sign-in, forgotten password, activation, by page or API) per client address:
/// <c>Auth:SignInAttemptsPerMinute</c> (20 by default; 0 turns it off) in a fixed one-minute window, posts only. The
/// account lockout stops guessing one account's password; this stops one address trying passwords on many accounts or
/// queuing reset e-mails to many addresses. Beyond it: 429 with Retry-After, as problem details for the API and as the
/// status page for pages. Behind a reverse proxy the address is the proxy's unless it passes <c>X-Forwarded-For</c>
/// (with <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>).
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public const string Setting = "Auth:SignInAttemptsPerMinute";

    public const int DefaultPerMinute = 20;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var perMinute = configuration.GetValue(Setting, DefaultPerMinute);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => perMinute <= 0 || !HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 }));
            options.OnRejected = RejectAsync;
        });
    }

    /// <summary>Retry-After in whole seconds; the API's problem details name the limit, a page gets its status page.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (!PagesSetup.IsPageRequest(http))
        {
            await TypedResults.Problem(
                "Too many attempts from this address: wait a minute, then try again.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "TooManyAttempts").ExecuteAsync(http);
        }
    }
}
