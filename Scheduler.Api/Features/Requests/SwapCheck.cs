using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Api.Features.Requests;

/// <summary>
/// What a swap breaks: the rotas' violations after the two people change shifts that were not there before
/// (<see cref="ViolationDelta"/>). A rule the published rota broke already (published with an override, a contract
/// changed since, an absence added) is not the swap's doing, so approving it asks no override reason for that.
/// </summary>
public static class SwapCheck
{
    /// <summary>The violations the swap adds, and how many the rotas had before it; the two shifts are left swapped.</summary>
    /// <param name="checkedBefore">
    /// The rotas' violations before any swap, by rota id, filled as they are checked: a page that checks every pending swap
    /// checks each rota as it stands once.
    /// </param>
    public static async Task<(IReadOnlyList<RotaViolation> Added, int Before)> SwapAsync(
        IRotaChecker checker, IReadOnlyList<RotaEntity> rotas, AssignmentEntity mine, AssignmentEntity other, CancellationToken ct,
        IDictionary<Guid, IReadOnlyList<RotaViolation>>? checkedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(rotas);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(other);
        checkedBefore ??= new Dictionary<Guid, IReadOnlyList<RotaViolation>>();
        var before = new List<RotaViolation>();
        foreach (var rota in rotas)
        {
            if (!checkedBefore.TryGetValue(rota.Id, out var violations))
            {
                checkedBefore[rota.Id] = violations = await checker.CheckAsync(rota, ct);
            }

            before.AddRange(violations);
        }

        (mine.StaffId, other.StaffId) = (other.StaffId, mine.StaffId);
        var after = new List<RotaViolation>();
        foreach (var rota in rotas)
        {
            after.AddRange(await checker.CheckAsync(rota, ct));
        }

        // The owner a shift rule was reported for before the swap: the new owner's violation on that date is the old one's.
        var formerOwners = new Dictionary<(Guid, LocalDate), Guid> { [(mine.StaffId, mine.Date)] = other.StaffId, [(other.StaffId, other.Date)] = mine.StaffId };
        var added = ViolationDelta.Added(before, after, formerOwners);
        return (added, before.Count);
    }
}
