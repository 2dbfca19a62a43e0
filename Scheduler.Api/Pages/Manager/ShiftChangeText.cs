using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>A change of one person's day in words: "ajouté : 13:00–20:00", "déplacé : 09:00–15:00 → 13:00–19:00".</summary>
public static class ShiftChangeText
{
    public static string Of(ShiftChange change, UiText text)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(text);
        var was = change is { FromStart: { } fs, FromEnd: { } fe } ? Show.Span(fs, fe) : null;
        var becomes = change is { ToStart: { } ts, ToEnd: { } te } ? Show.Span(ts, te) : null;
        var spans = (was, becomes) switch
        {
            ({ } w, { } b) => $"{w} → {b}",
            _ => was ?? becomes ?? "",
        };
        return text.ChangeLine(text.ChangeName(change.Change), spans);
    }
}
