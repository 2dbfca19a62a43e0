using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: a shift lasts <see cref="RuleSettings.MinShiftLength"/> to <see cref="RuleSettings.MaxShiftLength"/> and starts and ends on the slot grid.</summary>
public sealed class ShiftLengthCheck : IRotaCheck
{
    public string Rule => RuleNames.ShiftLength;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rules = context.Rules;
        var slot = Math.Max(1, (int)rules.SlotLength.TotalMinutes);
        foreach (var shift in context.Rota)
        {
            var who = context.StaffById.TryGetValue(shift.StaffId, out var person) ? Say.Who(person) : shift.StaffId;
            if (shift.Length < rules.MinShiftLength || shift.Length > rules.MaxShiftLength)
            {
                yield return new RuleViolation(Rule, shift.StaffId, shift.Date, shift.Start,
                    $"Le créneau de {who} le {Say.Shift(shift)} dure {Say.Hours(shift.Length)} ; il doit durer de {Say.Hours(rules.MinShiftLength)} à {Say.Hours(rules.MaxShiftLength)}.",
                    $"{who}'s shift {Say.Shift(shift)} lasts {Say.Hours(shift.Length)}; a shift lasts {Say.Hours(rules.MinShiftLength)} to {Say.Hours(rules.MaxShiftLength)}.");
            }

            if (Slots.MinuteOfDay(shift.Start) % slot != 0 || Slots.MinuteOfDay(shift.End) % slot != 0)
            {
                yield return new RuleViolation(Rule, shift.StaffId, shift.Date, shift.Start,
                    $"Le créneau de {who} le {Say.Shift(shift)} ne commence ou ne finit pas sur la grille de {slot} minutes.",
                    $"{who}'s shift {Say.Shift(shift)} does not start and end on the {slot}-minute grid.");
            }
        }
    }
}
