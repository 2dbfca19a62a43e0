using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: at least <see cref="RuleSettings.MinTrainedListenersOnDuty"/> trained listeners on duty in every open slot.
/// An untrained listener, or one whose qualification has expired, does not count.
/// </summary>
public sealed class ListenerCoverCheck : CoverCheck
{
    public override string Rule => RuleNames.ListenerCover;

    protected override int Required(RuleSettings rules) => rules.MinTrainedListenersOnDuty;

    protected override bool Counts(StaffMember person, LocalDate day) => person.CountsAsTrainedListenerOn(day);

    protected override (string Fr, string En) Describe(LocalDate day, LocalTime from, LocalTime until, int present, int required) =>
        ($"Le {Say.Date(day)} de {Say.Time(from)} à {Say.Time(until)}, {present} écoutant(s) formé(s) en poste au lieu de {required} au moins.",
         $"On {Say.Date(day)} from {Say.Time(from)} to {Say.Time(until)}, {present} trained listener(s) on duty instead of at least {required}.");
}
