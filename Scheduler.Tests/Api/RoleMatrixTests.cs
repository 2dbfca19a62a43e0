using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>Every endpoint × anonymous and each role: 401 without sign-in, 403 for a role it is not for, otherwise it gets past authorization.</summary>
public sealed class RoleMatrixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string M = Roles.Manager;
    private const string L = Roles.Listener;
    private const string Q = Roles.QualityLead;
    internal const string Anonymous = "anonymous";
    private const string Id = "0b6c2d7e-1111-4a2b-9c3d-123456789abc";

    /// <summary>(method, url, body, roles allowed; "anonymous" = open to everyone).</summary>
    internal static readonly (string Method, string Url, string? Body, string[] Allowed)[] Endpoints =
    [
        ("GET", "/health", null, [Anonymous]),
        ("GET", "/openapi/v1.json", null, [Anonymous]),
        ("GET", "/docs/", null, [Anonymous]),
        ("POST", "/api/auth/login", "{}", [Anonymous]),
        ("POST", "/api/auth/forgot-password", "{}", [Anonymous]),
        ("GET", $"/calendar/{Id}{Id}.ics", null, [Anonymous]),
        ("GET", "/api/staff", null, [M, Q]),
        ("GET", $"/api/staff/{Id}", null, [M, Q]),
        ("POST", "/api/staff", "{}", [M]),
        ("PUT", $"/api/staff/{Id}", "{}", [M]),
        ("POST", $"/api/staff/{Id}/deactivate", null, [M]),
        ("POST", $"/api/staff/{Id}/reactivate", null, [M]),
        ("GET", $"/api/staff/{Id}/contracts", null, [M]),
        ("POST", $"/api/staff/{Id}/contracts", "{}", [M]),
        ("PUT", $"/api/staff/{Id}/qualification", "{}", [M]),
        ("GET", $"/api/staff/{Id}/absences", null, [M]),
        ("POST", $"/api/staff/{Id}/absences", "{}", [M]),
        ("DELETE", $"/api/staff/{Id}/absences/{Id}", null, [M]),
        ("GET", $"/api/staff/{Id}/preferences", null, [M]),
        ("GET", $"/api/staff/{Id}/leave", null, [M]),
        ("PUT", $"/api/staff/{Id}/preferences", "[]", [M]),
        ("GET", "/api/accounts", null, [M]),
        ("POST", "/api/accounts", "{}", [M]),
        ("POST", $"/api/accounts/{Id}/activation-link", null, [M]),
        ("POST", $"/api/accounts/{Id}/close", null, [M]),
        ("POST", $"/api/accounts/{Id}/reopen", null, [M]),
        ("GET", "/api/rotas", null, [M, Q]),
        ("GET", $"/api/rotas/{Id}", null, [M, Q]),
        ("GET", $"/api/rotas/{Id}/file", null, [M]),
        ("GET", $"/api/rotas/{Id}/history", null, [M]),
        ("POST", "/api/rotas/import", "{}", [M]),
        ("POST", $"/api/rotas/{Id}/publish", "{}", [M]),
        ("PUT", $"/api/rotas/{Id}/assignments/{Id}", "{}", [M]),
        ("POST", $"/api/rotas/{Id}/assignments", "{}", [M]),
        ("DELETE", $"/api/rotas/{Id}/assignments/{Id}", null, [M]),
        ("POST", "/api/rotas", "{}", [M]),
        ("POST", $"/api/rotas/{Id}/replan", "{}", [M]),
        ("GET", $"/api/rotas/solves/{Id}", null, [M, Q]),
        ("POST", $"/api/rotas/solves/{Id}/cancel", null, [M]),
        ("GET", "/api/demand", null, [M]),
        ("PUT", "/api/demand", "{}", [M]),
        ("POST", "/api/demand/forecast", null, [M]),
        ("GET", "/api/me", null, [L, M]),
        ("GET", "/api/me/shifts?from=2026-11-23&to=2026-11-29", null, [L, M]),
        ("GET", "/api/me/changes", null, [L, M]),
        ("GET", "/api/me/cover-offers", null, [L, M]),
        ("POST", "/api/me/sick-call", "{}", [L, M]),
        ("POST", $"/api/me/shifts/{Id}/offer", "{}", [L, M]),
        ("DELETE", $"/api/me/shifts/{Id}/offer", null, [L, M]),
        ("POST", $"/api/me/cover-offers/{Id}/volunteer", null, [L, M]),
        ("DELETE", $"/api/me/cover-offers/{Id}/volunteer", null, [L, M]),
        ("GET", "/api/cover-offers", null, [M]),
        ("GET", "/api/shifts-to-cover", null, [M]),
        ("GET", "/api/floor-gaps", null, [M]),
        ("GET", $"/api/rotas/{Id}/assignments/{Id}/cover/offer", null, [M]),
        ("POST", $"/api/rotas/{Id}/assignments/{Id}/cover/offer", "{}", [M]),
        ("DELETE", $"/api/rotas/{Id}/assignments/{Id}/cover/offer", null, [M]),
        ("GET", "/api/me/absences", null, [L, M]),
        ("GET", "/api/me/leave", null, [L, M]),
        ("POST", "/api/me/absences", "{}", [L, M]),
        ("DELETE", $"/api/me/absences/{Id}", null, [L, M]),
        ("GET", "/api/me/preferences", null, [L, M]),
        ("PUT", "/api/me/preferences", "[]", [L, M]),
        ("GET", "/api/me/calendar", null, [L, M]),
        ("DELETE", "/api/me/calendar", null, [L, M]),
        ("GET", "/api/me/requests", null, [L]),
        ("GET", "/api/me/mail", null, [M, Q]),
        ("PUT", "/api/me/mail", "{}", [M, Q]),
        ("POST", "/api/me/requests/time-off", "{}", [L]),
        ("POST", "/api/me/requests/swaps", "{}", [L]),
        ("POST", $"/api/me/requests/time-off/{Id}/withdraw", null, [L]),
        ("POST", $"/api/me/requests/swaps/{Id}/withdraw", null, [L]),
        ("GET", "/api/requests", null, [M]),
        ("POST", $"/api/requests/time-off/{Id}/approve", "{}", [M]),
        ("POST", $"/api/requests/time-off/{Id}/refuse", "{}", [M]),
        ("POST", $"/api/requests/swaps/{Id}/approve", "{}", [M]),
        ("POST", $"/api/requests/swaps/{Id}/refuse", "{}", [M]),
        ("GET", "/api/audit?take=5", null, [M]),
        ("GET", "/api/hours?month=2026-11", null, [M]),
        ("GET", "/api/me/hours?month=2026-11", null, [M, L]),
        ("GET", $"/api/rotas/{Id}/assignments/{Id}/cover", null, [M]),
        ("POST", $"/api/rotas/{Id}/assignments/{Id}/cover", "{}", [M]),
        ("POST", "/api/calls/import", null, [M, Q]),
        ("POST", "/api/calls", "{}", [M, Q]),
        ("GET", "/api/sla/reports?period=day&from=2026-11-01&to=2026-11-02", null, [M, Q]),
        ("GET", "/api/sla/intervals?date=2026-11-02", null, [M, Q]),
        ("GET", "/api/sla/patience", null, [M, Q]),
        ("GET", "/api/alerts", null, [M, Q]),
        ("POST", $"/api/alerts/{Id}/acknowledge", null, [M, Q]),
        ("GET", "/api/training/compliance", null, [M, Q]),
        ("GET", "/api/training/modules", null, [M, Q]),
        ("POST", "/api/training/modules", "{}", [M]),
        ("PUT", $"/api/training/modules/{Id}", "{}", [M]),
        ("DELETE", $"/api/training/modules/{Id}", null, [M]),
        ("GET", "/api/training/completions", null, [M, Q]),
        ("POST", "/api/training/completions", "{}", [M]),
    ];

    public static TheoryData<string, string, string?, string, string> Cases()
    {
        var data = new TheoryData<string, string, string?, string, string>();
        foreach (var (method, url, body, allowed) in Endpoints)
        {
            foreach (var caller in new[] { Anonymous, M, L, Q })
            {
                data.Add(method, url, body, caller, string.Join(",", allowed));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_Caller_GetsTheExpectedAuthorizationOutcome(string method, string url, string? body, string caller, string allowed)
    {
        using var client = await factory.ClientAsync(caller == Anonymous ? null : caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var allowedRoles = allowed.Split(',');
        var status = (int)response.StatusCode;
        if (allowedRoles.Contains(Anonymous) || allowedRoles.Contains(caller))
        {
            Assert.True(status is not (401 or 403) and < 500, $"{method} {url} as {caller}: {status}");
        }
        else
        {
            Assert.Equal(caller == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public void Matrix_CoversEveryMappedApiEndpoint()
    {
        static bool IsApi(string path) => path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/api/auth/", StringComparison.Ordinal);
        var mapped = factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => IsApi(e.RoutePattern.RawText!))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            .Count();
        var covered = Endpoints.Count(e => IsApi(e.Url));

        Assert.Equal(mapped, covered);
    }
}
