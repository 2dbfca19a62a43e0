using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;

namespace Scheduler.Api.Web;

/// <summary>
/// A small self-contained HTML page for an error status, in the person's language. Written directly (not through a
/// Razor page) so it works even when the failure is in page rendering itself.
/// </summary>
public static class ErrorPageWriter
{
    public static Task WriteAsync(HttpContext context, int status)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? PagesSetup.French;
        var text = UiText.For(culture);
        var reference = Activity.Current?.Id ?? context.TraceIdentifier;
        var (title, detail) = text.ErrorFor(status);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{text.Lang}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} – 3133</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="contenu" class="page error-page">
            <h1>{E(title)}</h1>
            <p>{E(detail)}</p>
            <p class="muted">{E(text.ErrorCode)} {status.ToString(CultureInfo.InvariantCulture)} · {E(text.ErrorReference)} {E(reference)}</p>
            <p><a class="button" href="/">{E(text.BackHome)}</a></p>
            </main></body></html>
            """;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
