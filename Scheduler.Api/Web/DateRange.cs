using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>Reads a "from – to" pair of dd/MM/yyyy dates typed in a form; errors go next to the field ("From", "To").</summary>
public static class DateRange
{
    public static (LocalDate From, LocalDate To) Read(string? from, string? to, UiText text, ModelStateDictionary errors, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var first = Show.ParseDate(from);
        var last = Show.ParseDate(to);
        if (first is null)
        {
            errors.AddModelError(prefix + "From", text.FieldDate);
        }

        if (last is null)
        {
            errors.AddModelError(prefix + "To", text.FieldDate);
        }

        if (first is { } f && last is { } l && l < f)
        {
            errors.AddModelError(prefix + "To", text.FieldToAfterFrom);
        }

        return (first ?? default, last ?? default);
    }
}
