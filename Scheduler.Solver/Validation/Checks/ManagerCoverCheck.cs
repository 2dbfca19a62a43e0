using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: at least <see cref="RuleSettings.MinManagersOnDuty"/> manager on duty in every open slot (the platform's floor-safety rule).</summary>
public sealed class ManagerCoverCheck : CoverCheck
{
    public override string Rule => RuleNames.ManagerCover;

    protected override int Required(RuleSettings rules) => rules.MinManagersOnDuty;

    protected override bool Counts(StaffMember person, LocalDate day) => person.Role == StaffRole.Manager;

    protected override (string Fr, string En) Describe(LocalDate day, LocalTime from, LocalTime until, int present, int required) =>
        ($"Le {Say.Date(day)} de {Say.Time(from)} à {Say.Time(until)}, {present} responsable(s) en poste au lieu de {required} au moins.",
         $"On {Say.Date(day)} from {Say.Time(from)} to {Say.Time(until)}, {present} manager(s) on duty instead of at least {required}.");
}
