using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>
/// A named shift of the catalogue ("early", "late"): it starts at <see cref="Start"/> and lasts <see cref="Length"/>, ending
/// by local midnight. A worked shift is recognised as this definition by its start and end, so the definitions of one problem
/// must differ in (start, end).
/// </summary>
/// <param name="Id">Stable identifier, unique in a problem, used by cover, limits, successions and requests.</param>
public sealed record ShiftDefinition(string Id, LocalTime Start, Duration Length)
{
    /// <summary>End time, exclusive; <see cref="LocalTime.Midnight"/> for a shift that ends at the end of the day.</summary>
    public LocalTime End => Start.PlusMinutes((long)Length.TotalMinutes);

    public bool Matches(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return assignment.Start == Start && assignment.End == End;
    }
}
