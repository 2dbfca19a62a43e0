using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Tests.Api;

public sealed class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Document_Anonymous_ListsTheApiAndDescribesDatesAsStrings()
    {
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/staff", out _));
        Assert.True(paths.TryGetProperty("/api/rotas/{id}/publish", out _));
        var localDate = document.GetProperty("components").GetProperty("schemas").GetProperty("LocalDate");
        Assert.Equal("string", localDate.GetProperty("type").GetString());
        Assert.Equal("date", localDate.GetProperty("format").GetString());
    }
}
