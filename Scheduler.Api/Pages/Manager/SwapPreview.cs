using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// What approving a swap would do to its rotas, checked before the manager decides, as the approval itself will check:
/// the broken rules that concern the two people, how many others the rotas break anyway (either way an override
/// reason will be asked), or that the shifts changed since the request (it can no longer be approved).
/// </summary>
public sealed record SwapPreview(IReadOnlyList<RotaViolation> ForThem, int Others, bool Stale)
{
    public bool Clean => !Stale && ForThem.Count == 0 && Others == 0;

    public static async Task<SwapPreview> OfAsync(SchedulerDbContext db, IRotaChecker checker, SwapRequestEntity request, CancellationToken ct)
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
        (mine.StaffId, other.StaffId) = (other.StaffId, mine.StaffId);
        var violations = new List<RotaViolation>();
        foreach (var rota in rotas)
        {
            violations.AddRange(await checker.CheckAsync(rota, ct));
        }

        var forThem = violations.Where(v => v.StaffId is { } id && people.Contains(id)).ToList();
        return new SwapPreview(forThem, violations.Count - forThem.Count, Stale: false);
    }
}
