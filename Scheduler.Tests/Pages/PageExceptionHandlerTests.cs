using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Scheduler.Api.Web;

namespace Scheduler.Tests.Pages;

public sealed class PageExceptionHandlerTests
{
    private static DefaultHttpContext Context(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    [Fact]
    public async Task TryHandle_PageRequest_FriendlyFrench500WithoutTheExceptionText()
    {
        var context = Context("/gestion/plannings/x");
        var handler = new PageExceptionHandler(NullLogger<PageExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("secret detail at Foo.Bar()"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(500, context.Response.StatusCode);
        Assert.StartsWith("text/html", context.Response.ContentType, StringComparison.Ordinal);
        context.Response.Body.Position = 0;
        var html = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Une erreur est survenue", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_ApiRequest_LeftToTheProblemDetailsHandler()
    {
        var context = Context("/api/rotas");
        var handler = new PageExceptionHandler(NullLogger<PageExceptionHandler>.Instance);

        Assert.False(await handler.TryHandleAsync(context, new InvalidOperationException("x"), CancellationToken.None));
        Assert.Equal(0, context.Response.Body.Length);
    }
}
