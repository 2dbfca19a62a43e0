using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: every shift lies inside the opening hours of its date; nobody works on a closed date or outside the horizon.</summary>
public sealed class OpeningHoursCheck : IRotaCheck
{
    public string Rule => RuleNames.OpeningHours;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var shift in context.Rota)
        {
            var who = context.StaffById.TryGetValue(shift.StaffId, out var person) ? Say.Who(person) : shift.StaffId;
            if (shift.Date < context.Problem.Start || shift.Date > context.Problem.End || !context.OpeningByDate.TryGetValue(shift.Date, out var opening))
            {
                yield return new RuleViolation(Rule, shift.StaffId, shift.Date, shift.Start,
                    $"{who} travaille le {Say.Date(shift.Date)}, jour où la ligne est fermée ou hors de la période planifiée.",
                    $"{who} works on {Say.Date(shift.Date)}, a day the line is closed or outside the planned period.");
            }
            else if (shift.Start < opening.Open || shift.End > opening.Close)
            {
                yield return new RuleViolation(Rule, shift.StaffId, shift.Date, shift.Start,
                    $"{who} travaille {Say.Shift(shift)}, hors des heures d'ouverture {Say.Time(opening.Open)}-{Say.Time(opening.Close)}.",
                    $"{who} works {Say.Shift(shift)}, outside the opening hours {Say.Time(opening.Open)}-{Say.Time(opening.Close)}.");
            }
        }
    }
}
