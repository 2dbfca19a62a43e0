using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The managers and the listeners of a platform share no rule and no term: managers keep the managers' floor and count
/// toward no listener row, listeners keep the listeners' floor and the need, fairness compares people of the same role,
/// and every other rule is one person's (a pin too: each part keeps its people's). So, without a published rota or named
/// shifts, the problem is the sum of two independent problems, each with the other's floor switched off (a manager never counts as a listener, see
/// <see cref="StaffMember.CountsAsTrainedListenerOn"/>): a rota is optimal when each part is, every term adds
/// up, and a bound of each part adds up to a bound of the whole. CP-SAT then improves the three managers of the 3133 on a
/// model of their own, where the whole platform's model had them among 24 people with the need's rows.
/// </summary>
internal static class RoleParts
{
    /// <summary>The managers' problem and the listeners' problem, or null when the problem does not split.</summary>
    public static IReadOnlyList<RotaProblem>? Split(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var parts = ForHardRules(problem);
        return parts.Count < 2 || problem.Reference.Count > 0
            || problem.Shifts.Count > 0 || problem.ShiftCover.Count > 0 || problem.Staff.Any(s => s.Limits.Any)
            ? null
            : parts;
    }

    /// <summary>
    /// The managers' part and the listeners' part for the hard rules alone, managers first; a problem of one role is its
    /// own single part. Every hard rule but the two floors is one person's (a pin, a named shift's limit, the history
    /// too), and the published rota and the need only count in soft terms: so a problem keeps every hard rule exactly when
    /// each of its parts does, whatever stops <see cref="Split"/>.
    /// </summary>
    public static IReadOnlyList<RotaProblem> ForHardRules(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var managers = problem.Staff.Where(s => s.Role == StaffRole.Manager).ToList();
        var listeners = problem.Staff.Where(s => s.Role != StaffRole.Manager).ToList();
        return managers.Count == 0 || listeners.Count == 0
            ? [problem]
            :
            [
                problem with { Staff = managers, Demand = [], Rules = problem.Rules with { MinTrainedListenersOnDuty = 0 }, Pinned = PinsOf(managers, problem.Pinned) },
                problem with { Staff = listeners, Rules = problem.Rules with { MinManagersOnDuty = 0 }, Pinned = PinsOf(listeners, problem.Pinned) },
            ];
    }

    public static IReadOnlyList<Assignment> PinsOf(IReadOnlyList<StaffMember> people, IReadOnlyList<Assignment> pins)
    {
        var ids = people.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. pins.Where(p => ids.Contains(p.StaffId))];
    }

    /// <summary>The shifts of the part's people.</summary>
    public static IReadOnlyList<Assignment> Of(RotaProblem part, IEnumerable<Assignment> rota)
    {
        ArgumentNullException.ThrowIfNull(part);
        var ids = part.Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. rota.Where(a => ids.Contains(a.StaffId))];
    }
}
