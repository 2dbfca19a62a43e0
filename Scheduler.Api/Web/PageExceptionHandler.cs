using Microsoft.AspNetCore.Diagnostics;

namespace Scheduler.Api.Web;

/// <summary>
/// An unexpected error on a page answers a friendly HTML page (French by default) with a reference, never a stack trace;
/// API requests are left to the problem-details handler registered after this one.
/// </summary>
public sealed partial class PageExceptionHandler(ILogger<PageExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!PagesSetup.IsPageRequest(httpContext) || httpContext.Response.HasStarted)
        {
            return false;
        }

        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= 500)
        {
            LogFailure(logger, exception, httpContext.Request.Path);
        }

        httpContext.Response.Clear();
        httpContext.Response.StatusCode = status;
        await ErrorPageWriter.WriteAsync(httpContext, status);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Page {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string path);
}
