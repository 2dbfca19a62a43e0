using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Scheduler.Api.Errors;

namespace Scheduler.Tests.Api;

public sealed class ProblemExceptionHandlerTests
{
    [Fact]
    public async Task TryHandle_UnexpectedException_Answers500WithoutMessageOrStackTrace()
    {
        var (status, body) = await HandleAsync(new InvalidOperationException("secret detail at Some.Method()"));

        Assert.Equal(500, status);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Some.Method", body, StringComparison.Ordinal);
        Assert.Contains("traceId", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_ConcurrencyConflict_Answers409()
    {
        var (status, _) = await HandleAsync(new DbUpdateConcurrencyException("stale"));

        Assert.Equal(409, status);
    }

    [Fact]
    public async Task TryHandle_JsonErrorInsideBadRequest_Answers400NamingThePath()
    {
        var json = new JsonException("bad", "$.assignments[2].end", 1, 10);

        var (status, body) = await HandleAsync(new BadHttpRequestException("Failed to read parameter", 400, json));

        Assert.Equal(400, status);
        Assert.Contains("\"assignments[2].end\"", body, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Body)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<ProblemExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        Assert.True(handled);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }
}
