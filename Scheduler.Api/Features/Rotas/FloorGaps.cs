using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;
using Scheduler.Solver.Validation.Checks;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Where the floor would fall below its safety minimum (two trained listeners, one manager, in every open half-hour) in
/// the coming days if the shifts at risk (<see cref="ShiftsAtRisk"/>) are not covered: the validator's two cover checks
/// on the published shifts of people who can work them, less what the published rota lacked already (with everyone
/// present and trained). Only days a published rota covers are judged.
/// </summary>
public static class FloorGaps
{
    private static readonly IRotaCheck[] CoverChecks = [new ManagerCoverCheck(), new ListenerCoverCheck()];

    public static async Task<IReadOnlyList<RuleViolation>> BetweenAsync(SchedulerDbContext db, RotaProblemFactory problems, LocalDate from, LocalDate to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(problems);
        var published = await db.Rotas.AsNoTracking().Where(r => r.Status == Data.Entities.RotaStatus.Published && r.PeriodStart <= to && r.PeriodEnd >= from)
            .Select(r => new { r.PeriodStart, r.PeriodEnd }).ToListAsync(ct);
        if (published.Count == 0)
        {
            return [];
        }

        var monday = Web.Show.Monday(from);
        var weeks = (Period.DaysBetween(monday, to) / 7) + 1;
        var problem = await problems.BuildAsync(monday, weeks, ct);
        var working = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var all = (await db.Assignments.AsNoTracking().OnPublishedRotas(db.Rotas).Where(a => a.Date >= monday && a.Date <= to).ToListAsync(ct))
            .Select(a => a.ToDomain())
            .Where(a => working.ContainsKey(a.StaffId))
            .ToList();
        var worked = all.Where(a => working[a.StaffId].IsAvailableOn(a.Date)).ToList();
        bool Judged(LocalDate date) => date >= from && date <= to && published.Any(r => r.PeriodStart <= date && date <= r.PeriodEnd);
        // What the rota lacked with everyone present and trained is not the absences' (or expiries') doing: only what
        // they add is said.
        var asPlanned = problem with { Staff = [.. problem.Staff.Select(p => p.Role == StaffRole.Listener ? p with { IsTrained = true, QualifiedUntil = null } : p)] };
        var already = Short(asPlanned, all).ToHashSet();
        return [.. Short(problem, worked).Where(v => Judged(v.Date) && !already.Contains(v)).OrderBy(v => v.Date).ThenBy(v => v.Time).ThenBy(v => v.Rule, StringComparer.Ordinal)];
    }

    private static IEnumerable<RuleViolation> Short(RotaProblem problem, IReadOnlyList<Assignment> shifts)
    {
        var context = new ValidationContext(problem, shifts);
        return CoverChecks.SelectMany(c => c.Check(context));
    }
}
