using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Where a re-plan starts: the published rota (<see cref="RotaProblem.Reference"/>) without the shifts that can no longer
/// be worked (a person now absent or gone, a date outside the horizon) and with the pinned shifts in place of the published
/// ones of their person and date (see <see cref="ReplanRepair"/>).
/// </summary>
internal static class ReplanStart
{
    public static IReadOnlyList<Assignment> Of(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var pinned = problem.Pinned.Select(p => (p.StaffId, p.Date)).ToHashSet();
        var horizon = problem.Dates.ToHashSet();
        return [.. problem.Reference
            .Where(a => horizon.Contains(a.Date) && !pinned.Contains((a.StaffId, a.Date)))
            .Where(a => staff.TryGetValue(a.StaffId, out var person) && person.IsAvailableOn(a.Date))
            .Concat(problem.Pinned)];
    }
}
