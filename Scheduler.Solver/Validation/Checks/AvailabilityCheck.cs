using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: nobody works on a day of absence (leave, sickness, training, unavailable); every shift belongs to a known person.</summary>
public sealed class AvailabilityCheck : IRotaCheck
{
    public string Rule => RuleNames.Availability;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var shift in context.Rota)
        {
            if (!context.StaffById.TryGetValue(shift.StaffId, out var person))
            {
                yield return new RuleViolation(Rule, shift.StaffId, shift.Date, shift.Start,
                    $"Le créneau {Say.Shift(shift)} est attribué à « {shift.StaffId} », qui ne fait pas partie de l'équipe.",
                    $"The shift {Say.Shift(shift)} is given to '{shift.StaffId}', who is not on the staff.");
                continue;
            }

            var absence = person.Absences.FirstOrDefault(a => a.Covers(shift.Date));
            if (absence is not null)
            {
                yield return new RuleViolation(Rule, shift.StaffId, shift.Date, shift.Start,
                    $"{Say.Who(person)} travaille le {Say.Date(shift.Date)} alors qu'il ou elle est absent(e) ({French(absence.Kind)}).",
                    $"{Say.Who(person)} works on {Say.Date(shift.Date)} while absent ({English(absence.Kind)}).");
            }
        }
    }

    private static string French(AbsenceKind kind) => kind switch
    {
        AbsenceKind.Leave => "congé",
        AbsenceKind.Sickness => "maladie",
        AbsenceKind.Training => "formation",
        _ => "indisponible",
    };

    private static string English(AbsenceKind kind) => kind switch
    {
        AbsenceKind.Leave => "leave",
        AbsenceKind.Sickness => "sickness",
        AbsenceKind.Training => "training",
        _ => "unavailable",
    };
}
