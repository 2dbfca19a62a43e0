using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>The training job's stores on the service database.</summary>
public sealed class TrainingDbStores(SchedulerDbContext db) : ITrainingRecordSource, IQualificationStore, IPublishedRotaSource
{
    public async Task<IReadOnlyList<TrainingModule>> GetModulesAsync(CancellationToken cancellationToken) =>
        [.. (await db.TrainingModules.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken)).Select(m => m.ToDomain())];

    public async Task<IReadOnlyList<TrainingCompletion>> GetCompletionsAsync(CancellationToken cancellationToken) =>
        [.. (await db.TrainingCompletions.AsNoTracking().ToListAsync(cancellationToken)).Select(c => c.ToDomain())];

    /// <summary>Active staff as the training check needs them (contracts do not matter to it, so none is read).</summary>
    public async Task<IReadOnlyList<StaffMember>> GetStaffAsync(CancellationToken cancellationToken) =>
        [.. (await db.Staff.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(cancellationToken))
            .Select(s => new StaffMember(s.Id.ToString(), s.Name, s.Role, new Contract(0), [], s.IsTrained, s.QualifiedUntil, [], []))];

    /// <summary>
    /// Writes the computed qualification onto each listener who has training records. A listener with none keeps the
    /// qualification a manager set by hand, so a platform that does not track training is not left untrained.
    /// </summary>
    public async Task SaveAsync(IReadOnlyList<Qualification> qualifications, CancellationToken cancellationToken)
    {
        var tracked = (await db.TrainingCompletions.Select(c => c.StaffId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var byId = qualifications.Where(q => Guid.TryParse(q.StaffId, out var id) && tracked.Contains(id))
            .ToDictionary(q => Guid.Parse(q.StaffId));
        var staff = await db.Staff.Where(s => byId.Keys.Contains(s.Id)).ToListAsync(cancellationToken);
        foreach (var person in staff)
        {
            var q = byId[person.Id];
            if (person.IsTrained != q.IsTrained || person.QualifiedUntil != q.QualifiedUntil)
            {
                person.IsTrained = q.IsTrained;
                person.QualifiedUntil = q.QualifiedUntil;
                person.Version = Guid.NewGuid();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Assignment>> GetAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Date >= first && a.Date <= last)
            .OnPublishedRotas(db.Rotas)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => a.ToDomain())];
    }
}
