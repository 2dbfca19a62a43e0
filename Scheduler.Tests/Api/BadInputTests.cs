using System.Net;
using System.Text;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>Malformed bodies, wrong types, huge strings, unknown ids and dates out of range: a 4xx problem naming the field, never a 500.</summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string Huge = new('x', 100_000);

    [Theory]
    [InlineData("{\"name\": \"Ana\", \"role\": ", "role")]
    [InlineData("{\"name\": \"Ana\", \"role\": \"Listener\", \"weeklyHours\": \"lots\"}", "weeklyHours")]
    [InlineData("{\"name\": \"Ana\", \"role\": \"Pilot\", \"weeklyHours\": 24}", "role")]
    [InlineData("{\"name\": 42, \"role\": \"Listener\", \"weeklyHours\": 24}", "name")]
    [InlineData("{\"name\": \"Ana\", \"role\": \"Listener\", \"weeklyHours\": 24, \"qualifiedUntil\": \"2026-02-30\"}", "qualifiedUntil")]
    [InlineData("{\"name\": \"Ana\", \"role\": \"Listener\", \"weeklyHours\": 24, \"qualifiedUntil\": \"9999-01-01\"}", "qualifiedUntil")]
    [InlineData("{\"name\": \"Ana\", \"role\": \"Listener\", \"weeklyHours\": 99}", "weeklyHours")]
    [InlineData("{\"role\": \"Listener\", \"weeklyHours\": 24}", "name")]
    [InlineData("{\"name\": \"Ana\", \"role\": \"Listener\", \"weeklyHours\": 24, \"channels\": [\"fax\"]}", "channels")]
    [InlineData("[1, 2, 3]", "body")]
    public async Task CreateStaff_BadBody_Answers400NamingTheField(string body, string field)
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.PostAsync("/api/staff", new StringContent(body, Encoding.UTF8, "application/json"));

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task CreateStaff_HugeName_Answers400NamingName()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var body = $"{{\"name\": \"{Huge}\", \"role\": \"Listener\", \"weeklyHours\": 24}}";

        using var response = await client.PostAsync("/api/staff", new StringContent(body, Encoding.UTF8, "application/json"));

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task CreateStaff_WrongContentType_AnswersA4xxProblem()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.PostAsync("/api/staff", new StringContent("name=Ana", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("\"\"")]
    public async Task CreateStaff_UnknownCharset_Answers415NamingContentType(string charset)
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        using var content = new StringContent("{\"name\": \"Ana\", \"role\": \"Listener\", \"weeklyHours\": 24}");
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=" + charset);

        using var response = await client.PostAsync("/api/staff", content);

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [Fact]
    public async Task Preferences_DeeplyNestedJson_Answers400()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var body = new string('[', 10_000) + new string(']', 10_000);

        using var response = await client.PutAsync("/api/staff/3f2a1e9c-0000-4000-8000-000000000000/preferences", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/staff/3f2a1e9c-0000-4000-8000-000000000000")]
    [InlineData("/api/staff/not-a-guid")]
    [InlineData("/api/rotas/3f2a1e9c-0000-4000-8000-000000000000")]
    [InlineData("/api/staff/3f2a1e9c-0000-4000-8000-000000000000/contracts")]
    public async Task Get_UnknownId_Answers404Problem(string url)
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/me/shifts?from=2026-11-01", "to")]
    [InlineData("/api/me/shifts?from=01/11/2026&to=2026-11-30", "from")]
    [InlineData("/api/me/shifts?from=2026-11-30&to=2026-11-01", "to")]
    [InlineData("/api/me/shifts?from=1800-01-01&to=1800-01-02", "from")]
    [InlineData("/api/me/shifts?from=2026-01-01&to=2028-01-01", "to")]
    public async Task MyShifts_BadQuery_Answers400NamingTheParameter(string url, string field)
    {
        using var client = await factory.ClientAsync(Roles.Listener);

        using var response = await client.GetAsync(url);

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("/api/shifts-to-cover?days=abc", "days", "Not a whole number.")]
    [InlineData("/api/staff?includeInactive=maybe", "includeInactive", "Not true or false.")]
    public async Task BadQueryType_SaysWhatTheParameterTakes_NotTheCSharpType(string url, string field, string expected)
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.GetAsync(url);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var document = System.Text.Json.JsonDocument.Parse(text);
        Assert.Equal(expected, document.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.DoesNotContain("bind", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/staff?includeInactive=maybe", "includeInactive")]
    [InlineData("/api/rotas?status=Lost", "status")]
    public async Task List_BadQueryType_Answers400NamingTheParameter(string url, string field)
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.GetAsync(url);

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("{\"periodStart\": \"2026-11-25\", \"weeks\": 1, \"assignments\": []}", "periodStart")]
    [InlineData("{\"periodStart\": \"2026-11-23\", \"weeks\": 9, \"assignments\": []}", "weeks")]
    [InlineData("{\"periodStart\": \"2026-11-23\", \"weeks\": 1}", "assignments")]
    [InlineData("{\"periodStart\": \"2026-11-23\", \"weeks\": 1, \"assignments\": [{\"staffId\": \"3f2a1e9c-0000-4000-8000-000000000000\", \"date\": \"2026-11-23\", \"start\": \"09:00\", \"end\": \"17:00\"}]}", "assignments[0].staffId")]
    [InlineData("{\"periodStart\": \"2026-11-23\", \"weeks\": 1, \"assignments\": [{\"date\": \"2026-11-23\", \"start\": \"25:00\", \"end\": \"17:00\"}]}", "assignments[0].start")]
    [InlineData("{\"periodStart\": \"2026-11-23\", \"weeks\": 1, \"assignments\": [null]}", "assignments[0]")]
    public async Task ImportRota_BadBody_Answers400NamingTheField(string body, string field)
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.PostAsync("/api/rotas/import", new StringContent(body, Encoding.UTF8, "application/json"));

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Preferences_WeightOutOfRange_Answers400NamingTheItem()
    {
        using var client = await factory.ClientAsync(Roles.Listener);
        var body = "[{\"kind\": \"AvoidDay\", \"day\": \"Sunday\", \"weight\": 1}, {\"kind\": \"PreferEarly\", \"weight\": 9}]";

        using var response = await client.PutAsync("/api/me/preferences", new StringContent(body, Encoding.UTF8, "application/json"));

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "[1].weight");
    }

    [Fact]
    public async Task Login_EmptyBody_Answers400NotA500()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/auth/login", new StringContent("", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
