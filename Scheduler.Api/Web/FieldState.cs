using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Scheduler.Api.Web;

public static class FieldState
{
    /// <summary>"true" for a field with an error (for <c>aria-invalid</c>), null otherwise so Razor leaves the attribute out.</summary>
    public static string? Invalid(this IHtmlHelper html, string key)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.ViewData.ModelState.GetFieldValidationState(key) == ModelValidationState.Invalid ? "true" : null;
    }

    /// <summary>
    /// The API's rejected fields (its JSON names) as errors next to the page's own fields: <paramref name="describe"/> gives
    /// each one's form key and message in the reader's language, or null for a field the form does not show.
    /// </summary>
    public static void AddApiErrors(this ModelStateDictionary state, IEnumerable<string> apiFields, Func<string, (string Key, string Message)?> describe)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(apiFields);
        ArgumentNullException.ThrowIfNull(describe);
        foreach (var field in apiFields.Distinct(StringComparer.Ordinal))
        {
            if (describe(field) is var (key, message))
            {
                state.AddModelError(key, message);
            }
        }
    }
}
