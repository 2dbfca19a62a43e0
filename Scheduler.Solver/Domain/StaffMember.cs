using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>A person the rota plans.</summary>
/// <param name="Id">Stable identifier, unique in a problem.</param>
/// <param name="Channels">Channels the person can answer (phone, chat, email).</param>
/// <param name="IsTrained">Has completed the initial training; an untrained listener never counts toward coverage.</param>
/// <param name="QualifiedUntil">Last date (inclusive) the qualification is valid, or null when it does not expire.</param>
public sealed record StaffMember(
    string Id,
    string Name,
    StaffRole Role,
    Contract Contract,
    IReadOnlyList<string> Channels,
    bool IsTrained,
    LocalDate? QualifiedUntil,
    IReadOnlyList<Absence> Absences,
    IReadOnlyList<Preference> Preferences)
{
    /// <summary>Work-pattern limits over the horizon (consecutive days, weekends, shift counts, minutes); none by default.</summary>
    public WorkLimits Limits { get; init; } = WorkLimits.None;

    /// <summary>
    /// Paid minutes a full-timer worked above (positive) or below (negative) the contract in the weeks of the reference
    /// period before the horizon, which its last week must work back (see <see cref="RotaProblem.ReferencePeriodEnd"/>); 0 by default.
    /// </summary>
    public int CarriedMinutes { get; init; }

    public bool IsAvailableOn(LocalDate date) => !Absences.Any(a => a.Covers(date));

    /// <summary>True when the person counts toward listener coverage on that date.</summary>
    public bool CountsAsTrainedListenerOn(LocalDate date) =>
        Role == StaffRole.Listener && IsTrained && (QualifiedUntil is not { } until || date <= until);
}
