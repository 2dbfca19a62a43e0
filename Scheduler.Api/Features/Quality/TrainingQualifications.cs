using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// The qualification mapping for the solver: a listener with training records counts as trained up to the last date
/// every required module is valid (<see cref="StaffMember.QualifiedUntil"/>), so an expired refresher makes the listener
/// untrained from the next day. Listeners without records keep their stored flags.
/// </summary>
public sealed class TrainingQualifications
{
    private readonly TrainingCompliance _compliance;
    private readonly IReadOnlyList<TrainingCompletion> _completions;
    private readonly HashSet<string> _tracked;

    private TrainingQualifications(IReadOnlyList<TrainingModule> modules, IReadOnlyList<TrainingCompletion> completions)
    {
        _compliance = new TrainingCompliance(modules);
        _completions = completions;
        _tracked = completions.Select(c => c.StaffId).ToHashSet(StringComparer.Ordinal);
    }

    public static async Task<TrainingQualifications> LoadAsync(SchedulerDbContext db, CancellationToken ct)
    {
        var modules = await db.TrainingModules.AsNoTracking().ToListAsync(ct);
        var completions = await db.TrainingCompletions.AsNoTracking().ToListAsync(ct);
        return new TrainingQualifications([.. modules.Select(m => m.ToDomain())], [.. completions.Select(c => c.ToDomain())]);
    }

    /// <summary>The member with trained flag and last qualified date from the completions recorded up to <paramref name="asOf"/>.</summary>
    public StaffMember Apply(StaffMember member, LocalDate asOf) =>
        _tracked.Contains(member.Id) ? TrainingCompliance.ApplyTo(member, _compliance.Evaluate(member.Id, _completions, asOf)) : member;
}
