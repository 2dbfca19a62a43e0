using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// What approving a swap would do to its rotas, checked before the manager decides, as the approval itself will check
/// (<see cref="SwapCheck"/>): the rules it would break for the two people, how many others it would break (coverage, a
/// colleague's; either way an override reason will be asked), or that the shifts changed since the request (it can no
/// longer be approved). The rules the rotas broke already are only counted.
/// </summary>
public sealed record SwapPreview(IReadOnlyList<RotaViolation> ForThem, int Others, bool Stale)
{
    public bool Clean => !Stale && ForThem.Count == 0 && Others == 0;

    /// <summary>The rotas' violations before the swap: not the swap's doing, and asked no reason for.</summary>
    public int Before { get; init; }

    /// <param name="checkedBefore">The rotas' own violations by rota id, shared by the swaps of one page (see <see cref="SwapCheck.SwapAsync"/>).</param>
    public static async Task<SwapPreview> OfAsync(
        SchedulerDbContext db, IRotaChecker checker, SwapRequestEntity request, IDictionary<Guid, IReadOnlyList<RotaViolation>> checkedBefore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(request);
        var ids = new[] { request.AssignmentId, request.OtherAssignmentId };
        // Untracked: the swap is made on copies, so nothing of it can be saved from here.
        var rotas = await db.Rotas.AsNoTracking().Include(r => r.Assignments)
            .Where(r => r.Status == RotaStatus.Published && r.Assignments.Any(a => ids.Contains(a.Id)))
            .ToListAsync(ct);
        var shifts = rotas.SelectMany(r => r.Assignments).Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id);
        if (!shifts.TryGetValue(request.AssignmentId, out var mine) || !shifts.TryGetValue(request.OtherAssignmentId, out var other)
            || mine.StaffId != request.StaffId)
        {
            return new SwapPreview([], 0, Stale: true);
        }

        var people = new[] { mine.StaffId, other.StaffId };
        var (added, before) = await SwapCheck.SwapAsync(checker, rotas, mine, other, ct, checkedBefore);
        var forThem = added.Where(v => v.StaffId is { } id && people.Contains(id)).ToList();
        return new SwapPreview(forThem, added.Count - forThem.Count, Stale: false) { Before = before };
    }
}
