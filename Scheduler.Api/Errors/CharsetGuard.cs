using System.Text;
using Microsoft.Net.Http.Headers;

namespace Scheduler.Api.Errors;

/// <summary>
/// Refuses a request whose Content-Type names a charset .NET does not know, with 415 naming the header. Without it the
/// JSON reader throws a plain InvalidOperationException deep in binding, which would otherwise surface as a 500.
/// </summary>
public static class CharsetGuard
{
    public static IApplicationBuilder UseCharsetGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            && type.Charset.HasValue
            && !IsKnown(HeaderUtilities.RemoveQuotes(type.Charset).Value))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]>
                {
                    ["Content-Type"] = [$"Unknown charset '{type.Charset}'; send UTF-8."],
                })
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "The request's character set is not supported.",
                },
            });
            return;
        }

        await next(context);
    });

    private static bool IsKnown(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return false;
        }

        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
