using NodaTime;

namespace Scheduler.Solver.Validation;

/// <summary>One broken hard rule in a rota.</summary>
/// <param name="Rule">The rule's name, a <see cref="Domain.RuleNames"/> constant (the CP-SAT model uses the same names).</param>
/// <param name="StaffId">The person concerned, or null for a cover rule (the whole floor).</param>
/// <param name="Date">The date concerned: the shift's date, the first date of a week or window, or the horizon's start for a horizon-wide total.</param>
/// <param name="Time">The time concerned when there is one (a shift's start, the first uncovered half-hour).</param>
/// <param name="MessageFr">A sentence for managers, in French.</param>
/// <param name="MessageEn">The same sentence in English.</param>
public sealed record RuleViolation(string Rule, string? StaffId, LocalDate Date, LocalTime? Time, string MessageFr, string MessageEn)
{
    /// <summary>The message in the language asked for: <c>fr</c> gives French, anything else English.</summary>
    public string Message(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? MessageFr : MessageEn;
}
