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
}
