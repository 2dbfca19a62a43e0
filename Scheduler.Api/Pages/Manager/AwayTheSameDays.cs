using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>Someone else away during a time-off request: recorded, or asked and not answered yet.</summary>
public sealed record AwayEntry(string Name, LocalDate From, LocalDate To, AbsenceKind Kind, bool Pending);

/// <summary>
/// What a manager weighs before approving a time off: who else is away on those days, and how few people of the
/// requester's kind (trained listeners, or managers) would be left on the leanest of them if it is approved.
/// </summary>
/// <param name="Left">On the leanest day, the people of that kind neither away nor the requester.</param>
/// <param name="Total">How many people of that kind there are on that day, away or not.</param>
public sealed record AwayTheSameDays(StaffRole Role, IReadOnlyList<AwayEntry> Others, int Left, int Total, LocalDate LeanestDay)
{
    /// <summary>For each request, the others away and the leanest day; pending requests other than it do not count as away.</summary>
    public static async Task<IReadOnlyDictionary<Guid, AwayTheSameDays>> ForAsync(
        SchedulerDbContext db, IReadOnlyList<TimeOffRequestEntity> requests, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return new Dictionary<Guid, AwayTheSameDays>();
        }

        var staff = await PeopleAvailable.StaffAsync(db, ct);
        return requests.Where(r => staff.Any(s => s.Id == r.StaffId))
            .ToDictionary(r => r.Id, r => For(r, staff, requests));
    }

    private static AwayTheSameDays For(TimeOffRequestEntity request, List<StaffEntity> staff, IReadOnlyList<TimeOffRequestEntity> pending)
    {
        var role = staff.Single(s => s.Id == request.StaffId).Role;
        var others = staff.Where(s => s.Id != request.StaffId).ToList();
        var recorded = others.SelectMany(s => s.Absences.Where(a => a.From <= request.To && a.To >= request.From)
            .Select(a => new AwayEntry(s.Name, a.From, a.To, a.Kind, Pending: false)));
        var asked = pending.Where(p => p.Id != request.Id && p.From <= request.To && p.To >= request.From)
            .Join(others, p => p.StaffId, s => s.Id, (p, s) => new AwayEntry(s.Name, p.From, p.To, p.Kind, Pending: true));
        var leanest = PeopleAvailable.Leanest(staff, role, request.From, request.To, alsoAway: request.StaffId);
        return new AwayTheSameDays(role, [.. recorded.Concat(asked).OrderBy(e => e.From).ThenBy(e => e.Name, StringComparer.Ordinal)],
            leanest.Free, leanest.Total, leanest.Day);
    }
}
