using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Scheduler.Api.Web;

/// <summary>
/// Sends a post whose declared length is over <see cref="MaxBytes"/> back to its page with <c>?erreur=taille</c>, before
/// anything reads the body. Left to itself, the oversized body would fail inside the antiforgery check, which can only
/// answer a bare 400; the page instead tells the person, next to the file field, what the limit is.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseOversizedUploadAttribute(long maxBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string ErrorParameter = "erreur";
    public const string TooLarge = "taille";

    public long MaxBytes { get; } = maxBytes;

    /// <summary>Before the request size limit (900) and the antiforgery check (1000), which both read or bound the body.</summary>
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || request.ContentLength is not { } length || length <= MaxBytes)
        {
            return;
        }

        // The rest of the query (the language, say) is kept; an earlier error is not repeated.
        var query = new QueryBuilder(request.Query.Where(p => p.Key != ErrorParameter)) { { ErrorParameter, TooLarge } };
        context.Result = new RedirectResult($"{request.PathBase}{request.Path}{query.ToQueryString()}");
    }
}
