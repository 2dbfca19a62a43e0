using System.Text;

namespace Scheduler.Tests.Api;

/// <summary>Every endpoint that takes a body, called by a role allowed to, with bodies of every wrong shape: never a 5xx.</summary>
public sealed class MalformedBodySweepTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Bodies =
    [
        "not json at all",
        "null",
        "[]",
        "\"a string\"",
        "{\"version\": 123, \"from\": 5, \"to\": true, \"staffId\": \"x\", \"date\": \"2026-99-99\", \"weeks\": \"many\"}",
        "{\"assignments\": {\"0\": 1}, \"kind\": 42, \"weight\": 1e400, \"periodStart\": \"0001-01-01\"}",
        "{\"name\": null, \"role\": null, \"weeklyHours\": -1, \"channels\": [null, 3]}",
    ];

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (method, url, body, allowed) in RoleMatrixTests.Endpoints.Where(e => e.Body is not null))
        {
            foreach (var wrong in Bodies)
            {
                data.Add(method, url, allowed[0], wrong);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_MalformedBody_NeverAnswers5xx(string method, string url, string role, string body)
    {
        using var client = await factory.ClientAsync(role == RoleMatrixTests.Anonymous ? null : role);
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        using var response = await client.SendAsync(request);

        var status = (int)response.StatusCode;
        // Mostly 400/404/415; "[]" is a valid (empty) list of preferences, so a 2xx is fine too.
        Assert.True(status < 500, $"{method} {url} with {body}: {status} {await response.Content.ReadAsStringAsync()}");
    }
}
