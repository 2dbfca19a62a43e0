using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Where a repair starts (see <see cref="ReplanRepair"/>): a rota of the horizon (the published one when re-planning)
/// without the shifts that can no longer be worked (a person now absent or gone, a date outside the horizon) and with the
/// pinned shifts in place of its shifts of their person and date.
/// </summary>
internal static class ReplanStart
{
    /// <summary>The published rota's start (<see cref="RotaProblem.Reference"/>).</summary>
    public static IReadOnlyList<Assignment> Of(RotaProblem problem) => Of(problem, problem?.Reference ?? throw new ArgumentNullException(nameof(problem)));

    public static IReadOnlyList<Assignment> Of(RotaProblem problem, IReadOnlyList<Assignment> basis)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(basis);
        var staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var pinned = problem.Pinned.Select(p => (p.StaffId, p.Date)).ToHashSet();
        var horizon = problem.Dates.ToHashSet();
        return [.. basis
            .Where(a => horizon.Contains(a.Date) && !pinned.Contains((a.StaffId, a.Date)))
            .Where(a => staff.TryGetValue(a.StaffId, out var person) && person.IsAvailableOn(a.Date))
            .Concat(problem.Pinned)];
    }
}
