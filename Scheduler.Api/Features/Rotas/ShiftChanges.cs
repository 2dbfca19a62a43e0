using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>What a re-plan changed against its reference, per person and date (a person has at most one shift a day).</summary>
public static class ShiftChanges
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Moved = "moved";

    public static IReadOnlyList<ShiftChange> Between(IReadOnlyList<Assignment> before, IReadOnlyList<Assignment> after) =>
        [.. Diff(before, after).Select(d => new ShiftChange(d.Change, Guid.Parse(d.Was?.StaffId ?? d.Is!.StaffId), (d.Was ?? d.Is)!.Date, d.Was?.Start, d.Was?.End, d.Is?.Start, d.Is?.End))];

    /// <summary>
    /// Each person-date whose shift was added, removed or moved (another start or end; a moved break alone is no change),
    /// by date then person, with the shift before and after.
    /// </summary>
    public static IEnumerable<(string Change, Assignment? Was, Assignment? Is)> Diff(IReadOnlyList<Assignment> before, IReadOnlyList<Assignment> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.GroupBy(a => (a.StaffId, a.Date)).ToDictionary(g => g.Key, g => g.First());
        var now = after.GroupBy(a => (a.StaffId, a.Date)).ToDictionary(g => g.Key, g => g.First());
        foreach (var key in old.Keys.Union(now.Keys).OrderBy(k => k.Date).ThenBy(k => k.StaffId, StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(key);
            var @is = now.GetValueOrDefault(key);
            var change = (was, @is) switch
            {
                (null, not null) => Added,
                (not null, null) => Removed,
                ({ } w, { } i) when w.Start != i.Start || w.End != i.End => Moved,
                _ => null,
            };
            if (change is not null)
            {
                yield return (change, was, @is);
            }
        }
    }
}
