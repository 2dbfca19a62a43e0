using System.Text.RegularExpressions;

namespace Scheduler.Tests.Pages;

/// <summary>Forms posted the way a browser posts them: with the antiforgery token the page carries.</summary>
internal static partial class PageForms
{
    /// <summary>The antiforgery token of a page's (first) form.</summary>
    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// <summary>Reads <paramref name="page"/>, then posts <paramref name="fields"/> and its token to <paramref name="action"/> (the page itself when null).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        fields["__RequestVerificationToken"] = Token(await client.GetStringAsync(page));
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(fields));
    }

    /// <summary>The message in a field's error element (<c>&lt;span class="field-error" id="…"&gt;</c>); empty when the field has none.</summary>
    public static string FieldError(string html, string id) =>
        Regex.Match(html, $"id=\"{Regex.Escape(id)}\">(?:<span[^>]*>([^<]*)</span>)?</span>").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
