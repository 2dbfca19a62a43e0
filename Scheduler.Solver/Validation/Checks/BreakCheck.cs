using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard (L3121-16): a shift of <see cref="RuleSettings.BreakThreshold"/> or more has a break of at least
/// <see cref="RuleSettings.MinBreakLength"/> consecutive minutes. The platform's own rule on top: the break lasts the configured
/// <see cref="RuleSettings.BreakLength"/> (never under the legal minimum), starts on the slot grid and lies in the window that leaves <see cref="RuleSettings.BreakMargin"/> at both ends of the shift.
/// </summary>
public sealed class BreakCheck : IRotaCheck
{
    public string Rule => RuleNames.Break;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Rota.SelectMany(shift =>
            Problems(shift, context.Rules, context.StaffById.TryGetValue(shift.StaffId, out var person) ? Say.Who(person) : shift.StaffId));
    }

    /// <summary>True when the shift's break (or its absence) keeps this rule.</summary>
    public static bool Keeps(Assignment shift, RuleSettings rules) => !new BreakCheck().Problems(shift, rules, shift.StaffId).Any();

    private IEnumerable<RuleViolation> Problems(Assignment shift, RuleSettings rules, string who)
    {
        ArgumentNullException.ThrowIfNull(rules);
        // The model never places a break under the legal minimum, whatever the setting says.
        var expected = rules.BreakLength > rules.MinBreakLength ? rules.BreakLength : rules.MinBreakLength;
        var slot = Math.Max(1, (int)rules.SlotLength.TotalMinutes);
        var needsBreak = shift.Length >= rules.BreakThreshold;
        if (shift.BreakStart is not { } start || shift.BreakEnd is not { } end)
        {
            if (needsBreak)
            {
                yield return Violation(shift,
                    $"Le créneau de {who} le {Say.Shift(shift)} dure {Say.Hours(shift.Length)} sans pause ; une pause d'au moins {Say.Minutes(rules.MinBreakLength)} est due dès {Say.Hours(rules.BreakThreshold)} (L3121-16).",
                    $"{who}'s shift {Say.Shift(shift)} lasts {Say.Hours(shift.Length)} without a break; a break of at least {Say.Minutes(rules.MinBreakLength)} is due from {Say.Hours(rules.BreakThreshold)} (L3121-16).");
            }

            yield break;
        }

        if (needsBreak && shift.BreakLength < rules.MinBreakLength)
        {
            yield return Violation(shift,
                $"La pause de {who} le {Say.Shift(shift)} dure {Say.Minutes(shift.BreakLength)}, moins que les {Say.Minutes(rules.MinBreakLength)} consécutives dues (L3121-16).",
                $"{who}'s break on {Say.Shift(shift)} lasts {Say.Minutes(shift.BreakLength)}, less than the {Say.Minutes(rules.MinBreakLength)} in a row the law requires (L3121-16).");
        }
        else if (shift.BreakLength != expected)
        {
            yield return Violation(shift,
                $"La pause de {who} le {Say.Shift(shift)} dure {Say.Minutes(shift.BreakLength)} au lieu des {Say.Minutes(expected)} prévues.",
                $"{who}'s break on {Say.Shift(shift)} lasts {Say.Minutes(shift.BreakLength)} instead of the configured {Say.Minutes(expected)}.");
        }

        if (Slots.MinuteOfDay(start) % slot != 0)
        {
            yield return Violation(shift,
                $"La pause de {who} le {Say.Shift(shift)} commence à {Say.Time(start)}, hors de la grille de {slot} minutes.",
                $"{who}'s break on {Say.Shift(shift)} starts at {Say.Time(start)}, off the {slot}-minute grid.");
        }

        var earliest = shift.Start.Plus(NodaTime.Period.FromMinutes((long)rules.BreakMargin.TotalMinutes));
        var latest = shift.End.Minus(NodaTime.Period.FromMinutes((long)rules.BreakMargin.TotalMinutes));
        var marginFits = shift.Length >= rules.BreakMargin * 2;
        if (!marginFits || start < earliest || end > latest)
        {
            yield return Violation(shift,
                $"La pause de {who} ({Say.Time(start)}-{Say.Time(end)}) le {Say.Shift(shift)} n'est pas à au moins {Say.Hours(rules.BreakMargin)} du début et de la fin du créneau.",
                $"{who}'s break ({Say.Time(start)}-{Say.Time(end)}) on {Say.Shift(shift)} is not at least {Say.Hours(rules.BreakMargin)} from the shift's start and end.");
        }
    }

    private RuleViolation Violation(Assignment shift, string fr, string en) =>
        new(Rule, shift.StaffId, shift.Date, shift.BreakStart ?? shift.Start, fr, en);
}
